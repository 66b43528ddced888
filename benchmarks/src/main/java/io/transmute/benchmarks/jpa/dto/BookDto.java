package io.transmute.benchmarks.jpa.dto;

import java.util.List;

/** A book with its author, reviews and tag labels, as the API shows it. */
public record BookDto(Long id, String title, String isbn, AuthorDto author, List<ReviewDto> reviews,
        List<String> tags) {
}

package io.transmute.examples.dto;

import java.util.List;

/**
 * One book as the API shows it. {@code pageCount} is not in the database: it comes from the
 * publisher's catalogue, as an extra parameter of the converter.
 */
public record BookDto(Long id, int version, String title, String isbn, int pageCount, AuthorDto author,
        List<String> tags, List<ReviewDto> reviews) {
}

package io.transmute.benchmarks.jpa.dto;

/** An author, as the API shows it. */
public record AuthorDto(Long id, String name) {
}

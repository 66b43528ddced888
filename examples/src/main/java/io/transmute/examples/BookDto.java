package io.transmute.examples;

import java.math.BigDecimal;
import java.util.List;

/** A book as the API returns it. */
public record BookDto(String id, String title, WriterDto writer, BigDecimal price, int pageCount,
        List<ReviewDto> reviews, GenreDto genre) {

    public record WriterDto(String name, String country) {
    }

    public record ReviewDto(String reviewer, int stars) {
    }

    public enum GenreDto { NOVEL, SCIENCE_FICTION, ESSAY, POETRY }
}

package io.transmute.tests.linking;

import io.transmute.Converter;

/**
 * An extra parameter named like a destination property fills it, beating the source property of
 * the same name; only at the top level, not inside nested models.
 */
public interface SameNameParameters {

    record Writer(String name, String title) {
    }

    record WriterDto(String name, String title) {
    }

    record Book(String title, int edition, Writer writer) {
    }

    record BookDto(String title, int edition, WriterDto writer) {
    }

    @Converter
    BookDto convert(Book book, String title);
}

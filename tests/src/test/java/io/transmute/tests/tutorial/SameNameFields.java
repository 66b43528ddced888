package io.transmute.tests.tutorial;

import io.transmute.Converter;

/** adaptix tutorial "TL;DR": properties with the same names are linked to each other. */
public interface SameNameFields {

    record Book(String title, int price, String author) {
    }

    record BookDto(String title, int price, String author) {
    }

    @Converter
    BookDto convert(Book book);
}

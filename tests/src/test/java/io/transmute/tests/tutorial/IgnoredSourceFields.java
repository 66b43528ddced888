package io.transmute.tests.tutorial;

import io.transmute.Converter;

/** adaptix tutorial "upcasting": source properties that no destination property needs are ignored. */
public interface IgnoredSourceFields {

    record Book(String title, int price, String author, String isbn, int pages) {
    }

    record BookDto(String title, String author) {
    }

    @Converter
    BookDto convert(Book book);
}

package io.transmute.tests.tutorial;

import io.transmute.Converter;

/** adaptix tutorial "fields binding": an extra parameter fills the destination property of its name. */
public interface ExtraParameter {

    record Book(String title, int price, String author) {
    }

    record BookDto(String title, int price, String author, int pageCount) {
    }

    @Converter
    BookDto convert(Book book, int pageCount);
}

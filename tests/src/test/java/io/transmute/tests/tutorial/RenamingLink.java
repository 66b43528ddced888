package io.transmute.tests.tutorial;

import io.transmute.Converter;
import io.transmute.Link;

/** adaptix tutorial "fields linking": a link fills a destination property from a differently named one. */
public interface RenamingLink {

    record Book(String title, int price, String author) {
    }

    record BookDto(String title, int price, String writer) {
    }

    @Converter
    @Link(from = "author", to = "writer")
    BookDto convert(Book book);
}

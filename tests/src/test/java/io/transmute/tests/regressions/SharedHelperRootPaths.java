package io.transmute.tests.regressions;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.Link;

/**
 * Two converters reach the same nested conversion (Author to AuthorDto) with a root path of a
 * different type each: the nested helper must not be shared, or one of them coerces with the
 * other's coercer.
 */
public interface SharedHelperRootPaths {

    record Author(int id) {
    }

    record Book(Author author, CharSequence title) {
    }

    record Magazine(Author author, String title) {
    }

    record AuthorDto(int id, String tag) {
    }

    record BookDto(AuthorDto author) {
    }

    @Converter
    @Link(from = "title", to = "author.tag")
    BookDto book(Book book);

    @Converter
    @Link(from = "title", to = "author.tag")
    BookDto magazine(Magazine magazine);

    @Coercer
    static String general(CharSequence text) {
        return "general:" + text;
    }

    @Coercer
    static String specific(String text) {
        return "specific:" + text;
    }
}

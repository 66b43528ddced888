package io.transmute.tests.regressions;

import io.transmute.Converter;
import io.transmute.Link;

/** The same nested conversion fed a String from one converter and an Integer from the other. */
public interface SharedHelperObjectTag {

    record Author(int id) {
    }

    record Book(Author author, String title) {
    }

    record Magazine(Author author, Integer title) {
    }

    record AuthorDto(int id, Object tag) {
    }

    record BookDto(AuthorDto author) {
    }

    @Converter
    @Link(from = "title", to = "author.tag")
    BookDto book(Book book);

    @Converter
    @Link(from = "title", to = "author.tag")
    BookDto magazine(Magazine magazine);
}

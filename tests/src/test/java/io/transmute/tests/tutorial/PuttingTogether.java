package io.transmute.tests.tutorial;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.Link;
import java.time.LocalDate;
import java.util.UUID;

/** adaptix's "putting together" tutorial example, in Java. */
public interface PuttingTogether {

    record Author(String name, String surname, LocalDate birthday) {
    }

    record Book(UUID id, String title, Author author, String isbn) {
    }

    record AuthorDto(String name, String surname, String birthday) {
    }

    record BookDto(String id, String title, AuthorDto writer, int pageCount, double rating) {
    }

    @Converter
    @Link(fromParam = "pagesLen", to = "pageCount")
    @Link(from = "author", to = "writer")
    BookDto convert(Book book, int pagesLen, double rating);

    @Coercer
    static String uuidToString(UUID id) {
        return id.toString();
    }

    @Coercer
    static String isoDate(LocalDate date) {
        return date.toString();
    }
}

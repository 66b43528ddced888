package io.transmute.tests.coercion;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.Link;

/**
 * A link's coercer beats a matching {@code @Coercer}, plain assignment and nested model
 * conversion; it is never called with null.
 */
public interface LinkCoercerPrecedence {

    record Author(String name) {
    }

    record AuthorDto(String name) {
    }

    record Book(Integer pages, Integer chapters, String title, String subtitle, Author author) {
    }

    record BookDto(String pages, String chapters, String title, String subtitle, AuthorDto author) {
    }

    @Converter
    @Link(from = "pages", to = "pages", coercer = "verbose")
    @Link(from = "title", to = "title", coercer = "shout")
    @Link(from = "author", to = "author", coercer = "anonymous")
    BookDto convert(Book book);

    @Coercer
    static String plain(Integer value) {
        return String.valueOf(value);
    }

    static String verbose(Integer value) {
        return value + " pages";
    }

    static String shout(String text) {
        return text.toUpperCase();
    }

    static AuthorDto anonymous(Author author) {
        return new AuthorDto("anonymous (" + author.name().length() + " letters)");
    }
}

package io.transmute.tests.linking;

import io.transmute.Converter;
import io.transmute.Link;

/**
 * A link beats an extra parameter of the same name; a same-name parameter that is a model is
 * converted like any other value.
 */
public interface LinkBeatsSameNameParameter {

    record Person(String name) {
    }

    record PersonDto(String name) {
    }

    record Book(String title, String subtitle, Person author) {
    }

    record BookDto(String title, PersonDto author) {
    }

    @Converter
    @Link(from = "subtitle", to = "title")
    BookDto convert(Book book, String title, Person author);
}

package io.transmute.tests.tutorial;

import io.transmute.Converter;
import io.transmute.Link;

/** adaptix tutorial "nested from param": an extra parameter fills a property of a nested model. */
public interface NestedFromParam {

    record Person(String name) {
    }

    record Book(String title, Person author) {
    }

    record PersonDto(String name, double rating) {
    }

    record BookDto(String title, PersonDto author) {
    }

    @Converter
    @Link(fromParam = "authorRating", to = "author.rating")
    BookDto convert(Book book, double authorRating);
}

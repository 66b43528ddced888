package io.transmute.tests.tutorial;

import io.transmute.Converter;

/** adaptix tutorial "nested": a model inside a model is converted to the destination's model. */
public interface NestedModels {

    record Person(String name) {
    }

    record Book(String title, int price, Person author) {
    }

    record PersonDto(String name) {
    }

    record BookDto(String title, int price, PersonDto author) {
    }

    @Converter
    BookDto convert(Book book);
}

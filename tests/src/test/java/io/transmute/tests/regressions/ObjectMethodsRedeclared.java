package io.transmute.tests.regressions;

import io.transmute.Converter;

/** Object's methods redeclared abstract: java.lang.Object implements them, Transmute must not. */
public interface ObjectMethodsRedeclared {

    record Book(String title) {
    }

    record BookDto(String title) {
    }

    @Converter
    BookDto convert(Book book);

    @Override
    String toString();

    @Override
    boolean equals(Object other);

    @Override
    int hashCode();
}

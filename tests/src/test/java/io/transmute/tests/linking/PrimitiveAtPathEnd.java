package io.transmute.tests.linking;

import io.transmute.Converter;
import io.transmute.Link;

/** A path ending in a primitive, read through a model that may be null. */
public interface PrimitiveAtPathEnd {

    record Author(String name, int born) {
    }

    record Book(Author author) {
    }

    record BookCard(Integer born, long bornLong) {
    }

    @Converter
    @Link(from = "author.born", to = "born")
    @Link(from = "author.born", to = "bornLong")
    BookCard convert(Book book);
}

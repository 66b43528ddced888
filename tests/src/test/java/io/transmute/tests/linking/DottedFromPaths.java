package io.transmute.tests.linking;

import io.transmute.Converter;
import io.transmute.Link;

/** {@code from} paths several properties deep, flattened into the destination; null on the way gives null. */
public interface DottedFromPaths {

    record Address(String city, Integer zip) {
    }

    record Author(String name, Address address) {
    }

    record Book(String title, Author author) {
    }

    record BookCard(String title, String authorName, String city, Integer zip) {
    }

    @Converter
    @Link(from = "author.name", to = "authorName")
    @Link(from = "author.address.city", to = "city")
    @Link(from = "author.address.zip", to = "zip")
    BookCard convert(Book book);
}

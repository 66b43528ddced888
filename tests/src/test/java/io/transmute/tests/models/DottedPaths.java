package io.transmute.tests.models;

import io.transmute.Converter;
import io.transmute.Link;

/** Links from dotted source paths; a null on the way gives null, or an exception for a primitive. */
public interface DottedPaths {

    record Address(String city, int zip) {
    }

    record Person(String name, Address address) {
    }

    record Book(String title, Person author) {
    }

    record Summary(String title, String city, Integer zip) {
    }

    record Label(String title, int zip) {
    }

    @Converter
    @Link(from = "author.address.city", to = "city")
    @Link(from = "author.address.zip", to = "zip")
    Summary summarize(Book book);

    @Converter
    @Link(from = "author.address.zip", to = "zip")
    Label label(Book book);
}

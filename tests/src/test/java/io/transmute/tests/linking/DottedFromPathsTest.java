package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.linking.DottedFromPaths.Address;
import io.transmute.tests.linking.DottedFromPaths.Author;
import io.transmute.tests.linking.DottedFromPaths.Book;
import io.transmute.tests.linking.DottedFromPaths.BookCard;
import org.junit.jupiter.api.Test;

class DottedFromPathsTest {
    private final DottedFromPaths converter = Converters.get(DottedFromPaths.class);

    @Test
    void readsDeepPaths() {
        BookCard card = converter.convert(new Book("Dune", new Author("Frank", new Address("Tacoma", 98401))));

        assertEquals(new BookCard("Dune", "Frank", "Tacoma", 98401), card);
    }

    @Test
    void nullAlongThePathGivesNull() {
        assertEquals(new BookCard("Dune", "Frank", null, null),
                converter.convert(new Book("Dune", new Author("Frank", null))));
        assertEquals(new BookCard("Dune", null, null, null), converter.convert(new Book("Dune", null)));
    }
}

package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.tests.models.DottedPaths.Address;
import io.transmute.tests.models.DottedPaths.Book;
import io.transmute.tests.models.DottedPaths.Label;
import io.transmute.tests.models.DottedPaths.Person;
import io.transmute.tests.models.DottedPaths.Summary;
import org.junit.jupiter.api.Test;

class DottedPathsTest {
    private final DottedPaths converter = Converters.get(DottedPaths.class);

    @Test
    void readsAlongThePath() {
        Book book = new Book("Dune", new Person("Frank", new Address("Tacoma", 98401)));

        assertEquals(new Summary("Dune", "Tacoma", 98401), converter.summarize(book));
        assertEquals(new Label("Dune", 98401), converter.label(book));
    }

    @Test
    void aNullIntermediateGivesNull() {
        assertEquals(new Summary("Dune", null, null), converter.summarize(new Book("Dune", null)));
        assertEquals(new Summary("Dune", null, null),
                converter.summarize(new Book("Dune", new Person("Frank", null))));
    }

    @Test
    void aNullIntermediateForAPrimitiveDestinationThrowsNamingThePath() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> converter.label(new Book("Dune", new Person("Frank", null))));

        assertEquals("DottedPaths.Book.author.address.zip is null, but DottedPaths.Label.zip is a primitive int",
                e.getMessage());
        assertThrows(NullPointerException.class, () -> converter.label(new Book("Dune", null)));
    }
}

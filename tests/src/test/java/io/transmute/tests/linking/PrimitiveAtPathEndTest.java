package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.tests.linking.PrimitiveAtPathEnd.Author;
import io.transmute.tests.linking.PrimitiveAtPathEnd.Book;
import io.transmute.tests.linking.PrimitiveAtPathEnd.BookCard;
import org.junit.jupiter.api.Test;

class PrimitiveAtPathEndTest {
    private final PrimitiveAtPathEnd converter = Converters.get(PrimitiveAtPathEnd.class);

    @Test
    void readsAndWidensThePrimitive() {
        assertEquals(new BookCard(1920, 1920L), converter.convert(new Book(new Author("Frank", 1920))));
    }

    @Test
    void nullModelOnThePathIntoAPrimitiveThrowsNamingSourceAndDestination() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> converter.convert(new Book(null)));

        assertEquals("PrimitiveAtPathEnd.Book.author.born is null, but PrimitiveAtPathEnd.BookCard.bornLong"
                + " is a primitive long", e.getMessage());
    }
}

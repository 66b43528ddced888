package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import io.transmute.tests.regressions.ObjectMethodsRedeclared.Book;
import io.transmute.tests.regressions.ObjectMethodsRedeclared.BookDto;
import org.junit.jupiter.api.Test;

/** Finding 18: toString, equals and hashCode redeclared abstract in a converter interface. */
class RegressionObjectMethodsRedeclaredTest {

    @Test
    void compilesAndConverts() {
        ObjectMethodsRedeclared converter = Converters.get(ObjectMethodsRedeclared.class);

        assertEquals(new BookDto("Dune"), converter.convert(new Book("Dune")));
        assertTrue(converter.equals(converter));
        assertEquals(System.identityHashCode(converter), converter.hashCode());
        assertNotNull(converter.toString());
    }
}

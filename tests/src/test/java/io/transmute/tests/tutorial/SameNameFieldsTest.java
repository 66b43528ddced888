package io.transmute.tests.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.tutorial.SameNameFields.Book;
import io.transmute.tests.tutorial.SameNameFields.BookDto;
import org.junit.jupiter.api.Test;

class SameNameFieldsTest {
    private final SameNameFields converter = Converters.get(SameNameFields.class);

    @Test
    void copiesPropertiesWithTheSameName() {
        BookDto dto = converter.convert(new Book("Fahrenheit 451", 100, "Ray Bradbury"));

        assertEquals(new BookDto("Fahrenheit 451", 100, "Ray Bradbury"), dto);
    }
}

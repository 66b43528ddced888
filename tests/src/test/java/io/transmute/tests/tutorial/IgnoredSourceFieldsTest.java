package io.transmute.tests.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.tutorial.IgnoredSourceFields.Book;
import io.transmute.tests.tutorial.IgnoredSourceFields.BookDto;
import org.junit.jupiter.api.Test;

class IgnoredSourceFieldsTest {
    private final IgnoredSourceFields converter = Converters.get(IgnoredSourceFields.class);

    @Test
    void ignoresSourcePropertiesTheDestinationLacks() {
        BookDto dto = converter.convert(
                new Book("Fahrenheit 451", 100, "Ray Bradbury", "978-0-7432-4722-1", 158));

        assertEquals(new BookDto("Fahrenheit 451", "Ray Bradbury"), dto);
    }
}

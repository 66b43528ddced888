package io.transmute.tests.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.tutorial.RenamingLink.Book;
import io.transmute.tests.tutorial.RenamingLink.BookDto;
import org.junit.jupiter.api.Test;

class RenamingLinkTest {
    private final RenamingLink converter = Converters.get(RenamingLink.class);

    @Test
    void linksAuthorToWriter() {
        BookDto dto = converter.convert(new Book("Fahrenheit 451", 100, "Ray Bradbury"));

        assertEquals(new BookDto("Fahrenheit 451", 100, "Ray Bradbury"), dto);
    }
}

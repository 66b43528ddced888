package io.transmute.tests.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.tutorial.LinkCoercer.Book;
import io.transmute.tests.tutorial.LinkCoercer.BookDto;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LinkCoercerTest {
    private final LinkCoercer converter = Converters.get(LinkCoercer.class);

    @Test
    void convertsCentsToAnAmountWithTheLinkCoercer() {
        BookDto dto = converter.convert(new Book("Fahrenheit 451", 1999, "Ray Bradbury"));

        assertEquals(new BookDto("Fahrenheit 451", new BigDecimal("19.99"), "Ray Bradbury"), dto);
    }
}

package io.transmute.tests.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.tutorial.ExtraParameter.Book;
import io.transmute.tests.tutorial.ExtraParameter.BookDto;
import org.junit.jupiter.api.Test;

class ExtraParameterTest {
    private final ExtraParameter converter = Converters.get(ExtraParameter.class);

    @Test
    void fillsThePropertyNamedLikeTheParameter() {
        BookDto dto = converter.convert(new Book("Fahrenheit 451", 100, "Ray Bradbury"), 158);

        assertEquals(new BookDto("Fahrenheit 451", 100, "Ray Bradbury", 158), dto);
    }
}

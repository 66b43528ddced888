package io.transmute.tests.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.tutorial.TypeCoercion.Book;
import io.transmute.tests.tutorial.TypeCoercion.BookDto;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TypeCoercionTest {
    private final TypeCoercion converter = Converters.get(TypeCoercion.class);

    @Test
    void coercesUuidToString() {
        UUID id = UUID.fromString("87000388-94e6-49a4-b51b-320e38577bd9");

        BookDto dto = converter.convert(new Book(id, "Fahrenheit 451", "Ray Bradbury"));

        assertEquals(new BookDto("87000388-94e6-49a4-b51b-320e38577bd9", "Fahrenheit 451", "Ray Bradbury"), dto);
    }
}

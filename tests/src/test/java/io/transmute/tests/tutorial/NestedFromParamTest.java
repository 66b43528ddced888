package io.transmute.tests.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.tutorial.NestedFromParam.Book;
import io.transmute.tests.tutorial.NestedFromParam.BookDto;
import io.transmute.tests.tutorial.NestedFromParam.Person;
import io.transmute.tests.tutorial.NestedFromParam.PersonDto;
import org.junit.jupiter.api.Test;

class NestedFromParamTest {
    private final NestedFromParam converter = Converters.get(NestedFromParam.class);

    @Test
    void passesTheParameterIntoTheNestedConversion() {
        BookDto dto = converter.convert(new Book("Fahrenheit 451", new Person("Ray Bradbury")), 4.8);

        assertEquals(new BookDto("Fahrenheit 451", new PersonDto("Ray Bradbury", 4.8)), dto);
    }
}

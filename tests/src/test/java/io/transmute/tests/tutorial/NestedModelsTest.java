package io.transmute.tests.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.tutorial.NestedModels.Book;
import io.transmute.tests.tutorial.NestedModels.BookDto;
import io.transmute.tests.tutorial.NestedModels.Person;
import io.transmute.tests.tutorial.NestedModels.PersonDto;
import org.junit.jupiter.api.Test;

class NestedModelsTest {
    private final NestedModels converter = Converters.get(NestedModels.class);

    @Test
    void convertsTheNestedModel() {
        BookDto dto = converter.convert(new Book("Fahrenheit 451", 100, new Person("Ray Bradbury")));

        assertEquals(new BookDto("Fahrenheit 451", 100, new PersonDto("Ray Bradbury")), dto);
    }
}

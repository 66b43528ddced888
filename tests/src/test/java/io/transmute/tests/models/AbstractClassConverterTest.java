package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.AbstractClassConverter.Book;
import io.transmute.tests.models.AbstractClassConverter.BookDto;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbstractClassConverterTest {
    private final AbstractClassConverter converter = Converters.get(AbstractClassConverter.class);

    @Test
    void theImplementationExtendsTheAbstractClass() {
        assertEquals(AbstractClassConverter.class, AbstractClassConverterImpl.class.getSuperclass());
        assertEquals(AbstractClassConverterImpl.class, converter.getClass());
    }

    @Test
    void usesTheConcreteInstanceMethodAsCoercer() {
        assertEquals(new BookDto("Dune", "01.08.1965"), converter.convert(new Book("Dune", LocalDate.of(1965, 8, 1))));
        assertEquals(new BookDto("Dune", null), converter.convert(new Book("Dune", null)));
    }

    @Test
    void concreteMethodsOfTheClassCallTheGeneratedOne() {
        List<BookDto> dtos = new AbstractClassConverterImpl().convertAll(
                List.of(new Book("Dune", LocalDate.of(1965, 8, 1)), new Book("Emma", LocalDate.of(1815, 12, 23))));

        assertEquals(List.of(new BookDto("Dune", "01.08.1965"), new BookDto("Emma", "23.12.1815")), dtos);
    }

    @Test
    void implementsAPackagePrivateConverterMethod() {
        assertEquals(new BookDto("Emma", "23.12.1815"), converter.convertQuietly(new Book("Emma", LocalDate.of(1815, 12, 23))));
    }
}

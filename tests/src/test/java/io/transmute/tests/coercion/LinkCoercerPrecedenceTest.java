package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.coercion.LinkCoercerPrecedence.Author;
import io.transmute.tests.coercion.LinkCoercerPrecedence.AuthorDto;
import io.transmute.tests.coercion.LinkCoercerPrecedence.Book;
import io.transmute.tests.coercion.LinkCoercerPrecedence.BookDto;
import org.junit.jupiter.api.Test;

class LinkCoercerPrecedenceTest {
    private final LinkCoercerPrecedence converter = Converters.get(LinkCoercerPrecedence.class);

    @Test
    void linkCoercerBeatsCoercerAssignmentAndNestedConversion() {
        BookDto dto = converter.convert(new Book(320, 12, "dune", "messiah", new Author("Frank")));

        assertEquals("320 pages", dto.pages());
        assertEquals("12", dto.chapters());
        assertEquals("DUNE", dto.title());
        assertEquals("messiah", dto.subtitle());
        assertEquals(new AuthorDto("anonymous (5 letters)"), dto.author());
    }

    @Test
    void linkCoercersAreNotCalledWithNull() {
        BookDto dto = converter.convert(new Book(null, null, null, null, null));

        assertEquals(new BookDto(null, null, null, null, null), dto);
    }
}

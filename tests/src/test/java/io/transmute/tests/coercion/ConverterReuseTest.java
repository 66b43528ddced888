package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.coercion.ConverterReuse.Author;
import io.transmute.tests.coercion.ConverterReuse.AuthorDto;
import io.transmute.tests.coercion.ConverterReuse.Book;
import io.transmute.tests.coercion.ConverterReuse.BookDto;
import io.transmute.tests.coercion.ConverterReuse.Counter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConverterReuseTest {
    private final ConverterReuse converter = Converters.get(ConverterReuse.class);

    @BeforeEach
    void resetCounter() {
        Counter.calls = 0;
    }

    @Test
    void reusesTheAuthorConverterForPropertyElementsAndOptional() {
        Book book = new Book("Dune", new Author("Frank"), List.of(new Author("Ed"), new Author("Jo")),
                Optional.of(new Author("Tom")));

        BookDto dto = converter.toBookDto(book);

        assertEquals(new BookDto("Dune", new AuthorDto("Frank", "toAuthorDto", 1),
                List.of(new AuthorDto("Ed", "toAuthorDto", 2), new AuthorDto("Jo", "toAuthorDto", 3)),
                Optional.of(new AuthorDto("Tom", "toAuthorDto", 4))), dto);
        assertEquals(4, Counter.calls);
    }

    @Test
    void reusedConverterReturnsNullForNullAuthor() {
        BookDto dto = converter.toBookDto(new Book("Dune", null, List.of(), Optional.empty()));

        assertNull(dto.author());
        assertEquals(Optional.empty(), dto.translator());
        assertEquals(0, Counter.calls);
    }
}

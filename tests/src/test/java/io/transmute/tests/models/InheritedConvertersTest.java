package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.InheritedConverters.Author;
import io.transmute.tests.models.InheritedConverters.AuthorDto;
import io.transmute.tests.models.InheritedConverters.AuthorMapper;
import io.transmute.tests.models.InheritedConverters.Book;
import io.transmute.tests.models.InheritedConverters.BookDto;
import io.transmute.tests.models.InheritedConverters.BookMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InheritedConvertersTest {
    private final Author frank = new Author("Frank", LocalDate.of(1920, 10, 8));

    @Test
    void theSubInterfaceImplImplementsTheInheritedMethod() {
        BookMapper mapper = Converters.get(BookMapper.class);

        assertEquals(InheritedConverters_BookMapperImpl.class, mapper.getClass());
        assertEquals(new AuthorDto("Frank", "1920-10-08"), mapper.toDto(frank));
        assertEquals(new BookDto("Dune", new AuthorDto("Frank", "1920-10-08")), mapper.toDto(new Book("Dune", frank)));
    }

    @Test
    void theSuperInterfaceHasItsOwnImpl() {
        AuthorMapper mapper = Converters.get(AuthorMapper.class);

        assertEquals(InheritedConverters_AuthorMapperImpl.class, mapper.getClass());
        assertEquals(new AuthorDto("Frank", "1920-10-08"), mapper.toDto(frank));
    }
}

package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.linking.TopLevelListLinks.Author;
import io.transmute.tests.linking.TopLevelListLinks.AuthorDto;
import io.transmute.tests.linking.TopLevelListLinks.Book;
import io.transmute.tests.linking.TopLevelListLinks.BookDto;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopLevelListLinksTest {
    private final TopLevelListLinks converter = Converters.get(TopLevelListLinks.class);

    @Test
    void everyElementGetsTheLinksParameterAndConstant() {
        List<BookDto> dtos = converter.toDtos(List.of(new Book("Dune", new Author("Frank Herbert")),
                new Book("Emma", null)), "A-1");

        assertEquals(List.of(new BookDto("Dune", new AuthorDto("Frank Herbert"), "A-1", "paperback"),
                new BookDto("Emma", null, "A-1", "paperback")), dtos);
    }

    @Test
    void nullListAndNullElements() {
        assertNull(converter.toDtos(null, "A-1"));
        assertEquals(Arrays.asList(null, new BookDto("Dune", null, null, "paperback")),
                converter.toDtos(Arrays.asList(null, new Book("Dune", null)), null));
    }
}

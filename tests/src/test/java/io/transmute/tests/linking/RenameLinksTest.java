package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.linking.RenameLinks.Author;
import io.transmute.tests.linking.RenameLinks.AuthorDto;
import io.transmute.tests.linking.RenameLinks.Book;
import io.transmute.tests.linking.RenameLinks.BookDto;
import org.junit.jupiter.api.Test;

class RenameLinksTest {
    private final RenameLinks converter = Converters.get(RenameLinks.class);

    @Test
    void renamesAtTopLevelAndInsideTheNestedModel() {
        BookDto dto = converter.convert(new Book("Dune", new Author("Frank Herbert", 1920)));

        assertEquals(new BookDto("Dune", new AuthorDto("Frank Herbert", 1920)), dto);
    }

    @Test
    void nullNestedSourceGivesNullNestedDestination() {
        assertEquals(new BookDto("Dune", null), converter.convert(new Book("Dune", null)));
        assertNull(converter.convert(null));
    }
}

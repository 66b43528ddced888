package io.transmute.ecosystem.immutables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Immutables value types read and created by the generated ValueConverterImpl. */
class ValueConverterTest {
    private final ValueConverter converter = Converters.get(ValueConverter.class);

    @Test
    void valueTypeBecomesRecord() {
        BookDto dto = converter.toDto(dune());

        assertEquals(new BookDto("Dune", 412, List.of("Frank Herbert"), GenreDto.FICTION, "Dune Chronicles"), dto);
    }

    @Test
    void recordBecomesValueTypeThroughItsBuilder() {
        Book book = converter.toBook(new BookDto("Dune", 412, List.of("Frank Herbert"), GenreDto.FICTION, "Dune Chronicles"));

        assertInstanceOf(ImmutableBook.class, book);
        assertEquals(dune(), book);
    }

    @Test
    void emptyListAndNullableNullStayEmpty() {
        Book book = converter.toBook(new BookDto("Cosmos", 365, List.of(), GenreDto.SCIENCE, null));

        assertEquals(List.of(), book.getAuthors());
        assertNull(book.getSeries());
        assertNull(converter.toDto(book).series());
    }

    @Test
    void containersOfValueTypes() {
        List<Book> books = converter.toBooks(List.of(
                converter.toDto(dune()),
                new BookDto("SPQR", 608, List.of("Mary Beard"), GenreDto.HISTORY, null)));

        assertEquals(List.of(dune(), ImmutableBook.builder()
                .title("SPQR").pages(608).addAuthors("Mary Beard").genre(Genre.HISTORY).build()), books);
    }

    @Test
    void nestedValueTypesBothWays() {
        Shelf shelf = ImmutableShelf.builder().label("Favourites").addBooks(dune()).build();

        ShelfDto dto = converter.toDto(shelf);
        Shelf back = converter.toShelf(dto);

        assertEquals("Favourites", dto.getLabel());
        assertEquals(1, dto.getCount());
        assertEquals(List.of(converter.toDto(dune())), dto.getBooks());
        assertEquals(shelf, back);
        assertEquals(1, back.getCount());
    }

    @Test
    void immutablesRejectsANullForAMandatoryAttribute() {
        BookDto untitled = new BookDto(null, 1, List.of(), GenreDto.FICTION, null);

        // The null is not passed to title(...), so the attribute stays unset and build() refuses.
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> converter.toBook(untitled));
        assertTrue(thrown.getMessage().contains("[title]"), thrown.getMessage());
    }

    @Test
    void nullSourceGivesNull() {
        assertEquals(null, converter.toBook(null));
        assertEquals(null, converter.toDto((Book) null));
    }

    private static Book dune() {
        return ImmutableBook.builder()
                .title("Dune")
                .pages(412)
                .addAuthors("Frank Herbert")
                .genre(Genre.FICTION)
                .series("Dune Chronicles")
                .build();
    }
}

package io.transmute.ecosystem.immutables;

import io.transmute.Converter;
import java.util.List;

/** Converts Immutables value types both ways; the destinations are built with their generated builders. */
public interface ValueConverter {

    @Converter
    BookDto toDto(Book book);

    /** {@code Book} is an interface: created through {@code ImmutableBook.builder()}. */
    @Converter
    Book toBook(BookDto dto);

    @Converter
    List<Book> toBooks(List<BookDto> dtos);

    @Converter
    ShelfDto toDto(Shelf shelf);

    /**
     * {@code count} is derived, so the builder has no setter for it: listed in allowUnlinked, the
     * DTO's count is knowingly left out (without it, a compile error says it would be dropped).
     */
    @Converter(allowUnlinked = "count")
    Shelf toShelf(ShelfDto dto);
}

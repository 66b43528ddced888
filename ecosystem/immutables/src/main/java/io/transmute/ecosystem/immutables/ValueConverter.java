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

    /** {@code count} is derived, so the builder has no setter for it and nothing needs to link it. */
    @Converter
    Shelf toShelf(ShelfDto dto);
}

package io.transmute.tests.containers;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Converter methods whose source and destination are containers of models; links apply per element. */
public interface TopLevelContainers {

    record Book(String title, int pages) {
    }

    record BookDto(String name, int pages) {
    }

    @Converter
    @Link(from = "title", to = "name")
    List<BookDto> toList(List<Book> books);

    @Converter
    @Link(from = "title", to = "name")
    Set<BookDto> toSet(Book[] books);

    @Converter
    @Link(from = "title", to = "name")
    BookDto[] toArray(Collection<Book> books);

    @Converter
    @Link(from = "title", to = "name")
    List<BookDto> fromIterable(Pile<Book> books);

    @Converter
    @Link(from = "title", to = "name")
    Optional<BookDto> wrap(Book book);

    @Converter
    @Link(from = "title", to = "name")
    Optional<BookDto> map(Optional<Book> book);
}

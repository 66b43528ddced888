package io.transmute.tests.linking;

import io.transmute.Converter;
import io.transmute.Link;
import io.transmute.LinkConstant;
import java.util.List;

/** Links, parameters and constants on a converter of lists apply to each element's conversion. */
public interface TopLevelListLinks {

    record Author(String fullName) {
    }

    record AuthorDto(String name) {
    }

    record Book(String title, Author author) {
    }

    record BookDto(String name, AuthorDto writer, String shelf, String format) {
    }

    @Converter
    @Link(from = "title", to = "name")
    @Link(from = "author", to = "writer")
    @Link(from = "author.fullName", to = "writer.name")
    @Link(fromParam = "shelf", to = "shelf")
    @LinkConstant(to = "format", value = "paperback")
    List<BookDto> toDtos(List<Book> books, String shelf);
}

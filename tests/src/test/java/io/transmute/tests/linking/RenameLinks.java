package io.transmute.tests.linking;

import io.transmute.Converter;
import io.transmute.Link;

/** Renames at the top level, a renamed nested model, and a rename inside it ({@code to = "writer.name"}). */
public interface RenameLinks {

    record Author(String fullName, int born) {
    }

    record AuthorDto(String name, int born) {
    }

    record Book(String title, Author author) {
    }

    record BookDto(String name, AuthorDto writer) {
    }

    @Converter
    @Link(from = "title", to = "name")
    @Link(from = "author", to = "writer")
    @Link(from = "author.fullName", to = "writer.name")
    BookDto convert(Book book);
}

package io.transmute.tests.containers;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.Map;

/** Links of a top-level Map converter apply to its values, not to its (String) keys. */
public interface TopLevelMapLinks {
    record Book(String title, int pages) {
    }

    record BookDto(String name, int pages) {
    }

    @Converter
    @Link(from = "title", to = "name")
    Map<String, BookDto> toMap(Map<String, Book> books);
}

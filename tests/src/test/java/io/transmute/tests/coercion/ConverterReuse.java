package io.transmute.tests.coercion;

import io.transmute.Converter;
import io.transmute.LinkConstant;
import java.util.List;
import java.util.Optional;

/**
 * The author conversion is declared once and reused wherever an Author becomes an AuthorDto:
 * its constant and its factory (which counts calls) show that it ran.
 */
public interface ConverterReuse {

    record Author(String name) {
    }

    record AuthorDto(String name, String origin, int serial) {
    }

    record Book(String title, Author author, List<Author> editors, Optional<Author> translator) {
    }

    record BookDto(String title, AuthorDto author, List<AuthorDto> editors, Optional<AuthorDto> translator) {
    }

    @Converter
    @LinkConstant(to = "origin", value = "toAuthorDto")
    @LinkConstant(to = "serial", factory = "nextSerial")
    AuthorDto toAuthorDto(Author author);

    @Converter
    BookDto toBookDto(Book book);

    final class Counter {
        static int calls;

        private Counter() {
        }
    }

    static int nextSerial() {
        return ++Counter.calls;
    }
}

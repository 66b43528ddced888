package io.transmute.tests.models;

import io.transmute.Coercer;
import io.transmute.Converter;
import java.time.LocalDate;

/** A sub-interface's Impl implements the @Converter methods it inherits and uses inherited coercers. */
public interface InheritedConverters {

    record Author(String name, LocalDate born) {
    }

    record Book(String title, Author author) {
    }

    record AuthorDto(String name, String born) {
    }

    record BookDto(String title, AuthorDto author) {
    }

    interface AuthorMapper {
        @Converter
        AuthorDto toDto(Author author);

        @Coercer
        static String isoDate(LocalDate date) {
            return date.toString();
        }
    }

    interface BookMapper extends AuthorMapper {
        @Converter
        BookDto toDto(Book book);
    }
}

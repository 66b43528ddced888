package io.transmute.tests.tutorial;

import io.transmute.Coercer;
import io.transmute.Converter;
import java.util.UUID;

/** adaptix tutorial "type coercion": a @Coercer converts a UUID property to a String one. */
public interface TypeCoercion {

    record Book(UUID id, String title, String author) {
    }

    record BookDto(String id, String title, String author) {
    }

    @Converter
    BookDto convert(Book book);

    @Coercer
    static String uuidToString(UUID id) {
        return id.toString();
    }
}

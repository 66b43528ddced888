package io.transmute.tests.di.example;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.ConverterConfig;
import java.time.LocalDate;

@ConverterConfig(config = SpringConverters.class)
public interface AuthorConverter {

    record Author(String name, LocalDate born) {
    }

    record AuthorDto(String name, String born) {
    }

    @Converter
    AuthorDto toDto(Author author);

    @Coercer
    static String isoDate(LocalDate date) {
        return date.toString();
    }
}

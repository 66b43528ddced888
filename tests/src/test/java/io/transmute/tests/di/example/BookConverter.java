package io.transmute.tests.di.example;

import io.transmute.Converter;
import io.transmute.ConverterConfig;
import io.transmute.tests.di.example.AuthorConverter.Author;
import io.transmute.tests.di.example.AuthorConverter.AuthorDto;

@ConverterConfig(config = SpringConverters.class, uses = AuthorConverter.class)
public interface BookConverter {

    record Book(String title, Author author) {
    }

    record BookDto(String title, AuthorDto author) {
    }

    @Converter
    BookDto toDto(Book book);
}

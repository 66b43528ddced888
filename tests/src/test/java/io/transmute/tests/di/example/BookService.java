package io.transmute.tests.di.example;

import io.transmute.tests.di.example.BookConverter.Book;
import io.transmute.tests.di.example.BookConverter.BookDto;
import org.springframework.stereotype.Service;

/** An application service: Spring passes it the generated converter. */
@Service
public class BookService {
    private final BookConverter bookConverter;

    public BookService(BookConverter bookConverter) {
        this.bookConverter = bookConverter;
    }

    public BookDto describe(Book book) {
        return bookConverter.toDto(book);
    }
}

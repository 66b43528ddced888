package io.transmute.tests.models;

import io.transmute.Coercer;
import io.transmute.Converter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A converter declared as an abstract class: the generated Impl extends it, so its state and
 * concrete methods are available, and a concrete instance method can be a coercer.
 */
public abstract class AbstractClassConverter {

    public record Book(String title, LocalDate published) {
    }

    public record BookDto(String title, String published) {
    }

    private final DateTimeFormatter format = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Converter
    public abstract BookDto convert(Book book);

    /** Package-private: the Impl, in the same package, implements it too. */
    @Converter
    abstract BookDto convertQuietly(Book book);

    @Coercer
    protected String formatDate(LocalDate date) {
        return date.format(format);
    }

    /** A concrete method using the generated one. */
    public List<BookDto> convertAll(List<Book> books) {
        return books.stream().map(this::convert).toList();
    }
}

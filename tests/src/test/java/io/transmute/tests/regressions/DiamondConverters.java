package io.transmute.tests.regressions;

import io.transmute.Converter;

/** The same @Converter method inherited from two superinterfaces. */
public interface DiamondConverters {

    record Book(String title, int pages) {
    }

    record BookDto(String title, int pages) {
    }

    interface Reading {
        @Converter
        BookDto convert(Book book);
    }

    interface Writing {
        @Converter
        BookDto convert(Book book);
    }

    interface Both extends Reading, Writing {
    }
}

package io.transmute.tests.models;

import io.transmute.Converter;

/** Converter interfaces nested in a class: their Impl is named Outer_InnerImpl. */
public final class Catalog {

    private Catalog() {
    }

    public record Book(String title) {
    }

    public record BookDto(String title) {
    }

    public record Shelf(String code) {
    }

    public record ShelfDto(String code) {
    }

    public interface Mapper {
        @Converter
        BookDto convert(Book book);
    }

    public static final class Section {
        private Section() {
        }

        public interface Mapper {
            @Converter
            ShelfDto convert(Shelf shelf);
        }
    }
}

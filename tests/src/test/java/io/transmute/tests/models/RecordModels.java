package io.transmute.tests.models;

import io.transmute.Converter;

/** Records as source (accessors, plus getX() methods) and as destination (canonical constructor). */
public interface RecordModels {

    record Book(String title, String subtitle, int pages) {
        /** Not a component, but a getter: readable as property "fullTitle". */
        public String getFullTitle() {
            return title + ": " + subtitle;
        }
    }

    /** Has a second constructor, which must not be used: records are created by their canonical one. */
    record BookDto(String title, String fullTitle, int pages) {
        public BookDto {
            title = title.toUpperCase(java.util.Locale.ROOT);
        }

        public BookDto(String title) {
            this(title, title, -1);
        }
    }

    @Converter
    BookDto convert(Book book);
}

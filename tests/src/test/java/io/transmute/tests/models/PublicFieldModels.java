package io.transmute.tests.models;

import io.transmute.Converter;

/** Classes with public fields as source (read directly) and destination (assigned directly). */
public interface PublicFieldModels {

    record BookRecord(String title, int pages) {
    }

    class BookFields {
        public String title;
        public int pages;
    }

    /** A getter and a public field of the same name: the getter is the property. */
    class Shadowed {
        public String title = "from the field";
        public int pages;

        public String getTitle() {
            return "from the getter";
        }
    }

    @Converter
    BookRecord toRecord(BookFields book);

    @Converter
    BookFields toFields(BookRecord book);

    @Converter
    BookRecord fromShadowed(Shadowed book);
}

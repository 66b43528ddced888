package io.transmute.tests.models;

import io.transmute.Converter;
import java.util.Optional;

/** Destination properties listed in allowUnlinked stay at their default when nothing links them. */
public interface AllowUnlinked {

    record Book(String title, Person author) {
    }

    record Draft(String title, String notes, Person author) {
    }

    record Person(String name) {
    }

    record PersonDto(String name, Double rating) {
    }

    record BookDto(String title, String notes, Optional<String> subtitle, PersonDto author) {
    }

    class BookBean {
        private String title;
        private String status = "draft";
        public String shelf = "A1";
        private int statusWrites;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
            statusWrites++;
        }

        int statusWrites() {
            return statusWrites;
        }
    }

    @Converter(allowUnlinked = {"notes", "subtitle", "author.rating"})
    BookDto convert(Book book);

    /** allowUnlinked does not stop a same-name source property from being linked. */
    @Converter(allowUnlinked = {"notes", "subtitle", "author.rating"})
    BookDto convertDraft(Draft draft);

    @Converter(allowUnlinked = {"status", "shelf"})
    BookBean toBean(Book book);
}

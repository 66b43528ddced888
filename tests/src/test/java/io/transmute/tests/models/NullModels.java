package io.transmute.tests.models;

import io.transmute.Converter;

/** A null source gives null; a null nested model gives a null nested destination. */
public interface NullModels {

    record Person(String name) {
    }

    record Book(String title, Person author) {
    }

    record PersonDto(String name) {
    }

    record BookDto(String title, PersonDto author) {
    }

    class BookBean {
        private String title;
        private PersonDto author = new PersonDto("placeholder");

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public PersonDto getAuthor() {
            return author;
        }

        public void setAuthor(PersonDto author) {
            this.author = author;
        }
    }

    @Converter
    BookDto convert(Book book);

    @Converter
    BookBean toBean(Book book);
}

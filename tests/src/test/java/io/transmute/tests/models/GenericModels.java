package io.transmute.tests.models;

import io.transmute.Converter;
import java.util.List;

/** Generic models are resolved with their type arguments. */
public interface GenericModels {

    record Book(String title) {
    }

    record BookDto(String title) {
    }

    record Page<T>(List<T> items, int total) {
    }

    record PageDto<T>(List<T> items, int total) {
    }

    /** A generic superclass with a type argument fixed by the subclass. */
    class PageBase<T> {
        private final List<T> items;

        protected PageBase(List<T> items) {
            this.items = items;
        }

        public List<T> getItems() {
            return items;
        }
    }

    class BookPage extends PageBase<Book> {
        public BookPage(List<Book> items) {
            super(items);
        }

        public int getTotal() {
            return getItems().size();
        }
    }

    /** A generic JavaBean destination. */
    class Box<T> {
        private T content;

        public T getContent() {
            return content;
        }

        public void setContent(T content) {
            this.content = content;
        }
    }

    record Labeled<T>(String label, T content) {
    }

    /** A subclass that fixes the type argument of a generic JavaBean destination. */
    class BookDtoBox extends Box<BookDto> {
    }

    record Pair<A, B>(A first, B second) {
    }

    @Converter
    PageDto<BookDto> convert(Page<Book> page);

    @Converter
    PageDto<BookDto> fromBookPage(BookPage page);

    @Converter
    Box<BookDto> box(Labeled<Book> labeled);

    @Converter
    Labeled<BookDto> label(Box<Book> box, String label);

    @Converter
    BookDtoBox toBookDtoBox(Labeled<Book> labeled);

    /** The same generic record as source and destination, with other type arguments. */
    @Converter
    Pair<BookDto, Page<BookDto>> convertPair(Pair<Book, Page<Book>> pair);
}

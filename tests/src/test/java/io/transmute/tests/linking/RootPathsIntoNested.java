package io.transmute.tests.linking;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.List;

/**
 * Paths from the root that do not start with the nested source's path are read once per
 * conversion and passed down: the book's title into every review, the author's name into the
 * publisher.
 */
public interface RootPathsIntoNested {

    record Author(String name) {
    }

    record Publisher(String name) {
    }

    record PublisherDto(String name, String star) {
    }

    record Review(String text) {
    }

    record ReviewDto(String text, String bookTitle, String bookAuthor) {
    }

    record Book(String title, Author author, Publisher publisher, List<Review> reviews) {
    }

    record BookDto(String title, PublisherDto publisher, List<ReviewDto> reviews) {
    }

    @Converter
    @Link(from = "title", to = "reviews.bookTitle")
    @Link(from = "author.name", to = "reviews.bookAuthor")
    @Link(from = "author.name", to = "publisher.star")
    BookDto convert(Book book);
}

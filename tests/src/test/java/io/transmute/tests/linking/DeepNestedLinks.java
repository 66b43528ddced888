package io.transmute.tests.linking;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.List;

/**
 * Links two levels down, and a renamed list whose elements still get per-element links
 * ({@code from = "comments.stars", to = "reviews.rating"}).
 */
public interface DeepNestedLinks {

    record Address(String city) {
    }

    record Home(String town) {
    }

    record Author(String name, Address address) {
    }

    record Writer(String name, Home home) {
    }

    record Comment(String body, int stars) {
    }

    record Review(String text, int rating) {
    }

    record Book(Author author, List<Comment> comments) {
    }

    record BookDto(Writer writer, List<Review> reviews) {
    }

    @Converter
    @Link(from = "author", to = "writer")
    @Link(from = "author.address", to = "writer.home")
    @Link(from = "author.address.city", to = "writer.home.town")
    @Link(from = "comments", to = "reviews")
    @Link(from = "comments.body", to = "reviews.text")
    @Link(from = "comments.stars", to = "reviews.rating")
    BookDto convert(Book book);
}

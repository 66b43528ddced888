package io.transmute.tests.linking;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.List;
import java.util.Optional;

/**
 * {@code from} paths that start with the path a nested source was read from are read relative to
 * each element of a list, an array and an Optional, and inside a nested element of an element.
 */
public interface RelativeElementPaths {

    record Reviewer(String handle) {
    }

    record ReviewerDto(String nick) {
    }

    record Review(String text, int stars, Reviewer by) {
    }

    record ReviewDto(String text, int rating, ReviewerDto by) {
    }

    record Book(List<Review> reviews, Review[] featured, Optional<Review> best) {
    }

    record BookDto(List<ReviewDto> reviews, ReviewDto[] featured, Optional<ReviewDto> best) {
    }

    @Converter
    @Link(from = "reviews.stars", to = "reviews.rating")
    @Link(from = "reviews.by.handle", to = "reviews.by.nick")
    @Link(from = "featured.stars", to = "featured.rating")
    @Link(from = "featured.by.handle", to = "featured.by.nick")
    @Link(from = "best.stars", to = "best.rating")
    @Link(from = "best.by.handle", to = "best.by.nick")
    BookDto convert(Book book);
}

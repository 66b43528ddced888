package io.transmute.tests.containers;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.Map;

/** A relative link into a Map property applies to each of its values. */
public interface MapPropertyLinks {
    record Review(String text, int stars) {
    }

    record ReviewDto(String text, int rating) {
    }

    record Book(Map<String, Review> byReviewer) {
    }

    record BookDto(Map<String, ReviewDto> byReviewer) {
    }

    @Converter
    @Link(from = "byReviewer.stars", to = "byReviewer.rating")
    BookDto convert(Book book);
}

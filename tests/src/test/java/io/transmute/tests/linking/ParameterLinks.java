package io.transmute.tests.linking;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.List;

/** Extra parameters linked with {@code fromParam} into the top level, a nested model and list elements. */
public interface ParameterLinks {

    record Writer(String name) {
    }

    record WriterDto(String name, String label) {
    }

    record Review(String text) {
    }

    record ReviewDto(String text, String reviewer, int weight) {
    }

    record Book(String title, Writer writer, List<Review> reviews) {
    }

    record BookDto(String title, String shelf, WriterDto writer, List<ReviewDto> reviews) {
    }

    @Converter
    @Link(fromParam = "location", to = "shelf")
    @Link(fromParam = "label", to = "writer.label")
    @Link(fromParam = "reviewer", to = "reviews.reviewer")
    @Link(fromParam = "weight", to = "reviews.weight")
    BookDto convert(Book book, String location, String label, String reviewer, int weight);
}

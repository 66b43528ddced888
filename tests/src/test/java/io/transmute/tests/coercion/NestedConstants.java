package io.transmute.tests.coercion;

import io.transmute.Converter;
import io.transmute.LinkConstant;
import java.util.List;
import java.util.Optional;

/** Constants aimed at properties of a nested model, of list elements and of an Optional's content. */
public interface NestedConstants {

    enum Source { IMPORT, MANUAL }

    record Writer(String name) {
    }

    record WriterDto(String name, int rating) {
    }

    record Review(String text) {
    }

    record ReviewDto(String text, Source source) {
    }

    record Book(Writer writer, List<Review> reviews, Optional<Writer> editor) {
    }

    record BookDto(WriterDto writer, List<ReviewDto> reviews, Optional<WriterDto> editor) {
    }

    @Converter
    @LinkConstant(to = "writer.rating", value = "5")
    @LinkConstant(to = "reviews.source", value = "IMPORT")
    @LinkConstant(to = "editor.rating", value = "-1")
    BookDto convert(Book book);
}

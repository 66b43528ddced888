package io.transmute.tests.models;

import io.transmute.Converter;

/**
 * Extra parameters fill the top-level destination properties of their names, before source
 * properties of the same name; nested conversions keep reading their own source.
 */
public interface ExtraParameters {

    record Author(String name, String status) {
    }

    record Post(String title, String status, Author author) {
    }

    record AuthorDto(String name, String status) {
    }

    record PostDto(String title, String status, AuthorDto author, int views) {
    }

    /** Parameters in another order than the destination's properties. */
    @Converter
    PostDto publish(Post post, int views, String status);

    /** A parameter that needs a nested conversion itself. */
    @Converter
    PostDto reassign(Post post, Author author, int views);
}

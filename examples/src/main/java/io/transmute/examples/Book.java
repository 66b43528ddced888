package io.transmute.examples;

import java.util.List;
import java.util.UUID;

/** A book as the domain layer holds it. */
public record Book(UUID id, String title, Author author, int priceCents, List<Review> reviews, Genre genre) {

    public record Author(String name, String country) {
    }

    public record Review(String reviewer, int stars, String text) {
    }

    public enum Genre { NOVEL, SCIENCE_FICTION, ESSAY }
}

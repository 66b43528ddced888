package io.transmute.tests.jpa;

import java.util.List;
import java.util.Set;

/** The DTOs the JPA tests convert entities into. */
final class BookViews {
    private BookViews() {
    }

    public record AuthorDto(Long id, String name) {
    }

    public record IsbnDto(String prefix, String number) {
    }

    public record ReviewDto(String reviewer, int stars) {
    }

    public record TagDto(String label) {
    }

    public record BookDto(Long id, String title, IsbnDto isbn, AuthorDto author, List<ReviewDto> reviews,
            Set<TagDto> tags) {
    }
}

package io.transmute.examples.dto;

import java.util.List;

/**
 * What a client puts to change a book: the version it read (for optimistic locking; never written
 * into the entity), the new values, the tags by id, and the reviews to keep, change or add.
 */
public record BookEdit(int version, String title, String isbn, Long authorId, List<Long> tagIds,
        List<ReviewEdit> reviews) {
}

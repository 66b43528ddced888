package io.transmute.examples.dto;

import java.util.List;

/** What a client posts to create a book: the author and the tags by id. */
public record BookForm(String title, String isbn, Long authorId, List<Long> tagIds) {
}

package io.transmute.examples.dto;

import java.util.List;

/** A line of the book list: the author flattened to its id and name. */
public record BookSummary(Long id, String title, Long authorId, String authorName, List<String> tags) {
}

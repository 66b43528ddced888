package io.transmute.examples.dto;

/** A review in the edit form: the id of an existing review, or null for a new one. */
public record ReviewEdit(Long id, String reviewer, int stars, String comment) {
}

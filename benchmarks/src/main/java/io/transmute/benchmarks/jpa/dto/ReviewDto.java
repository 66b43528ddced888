package io.transmute.benchmarks.jpa.dto;

/** A review, as the API shows it. */
public record ReviewDto(Long id, String reviewer, int stars, String comment) {
}

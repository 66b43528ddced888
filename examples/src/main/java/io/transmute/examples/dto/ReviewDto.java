package io.transmute.examples.dto;

public record ReviewDto(Long id, String reviewer, int stars, String comment) {
}

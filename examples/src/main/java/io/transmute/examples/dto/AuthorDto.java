package io.transmute.examples.dto;

public record AuthorDto(Long id, String name) {
}

package io.transmute.ecosystem.immutables;

public enum GenreDto {
    FICTION, SCIENCE, HISTORY
}

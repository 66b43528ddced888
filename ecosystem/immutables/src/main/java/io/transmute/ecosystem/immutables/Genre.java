package io.transmute.ecosystem.immutables;

public enum Genre {
    FICTION, SCIENCE, HISTORY
}

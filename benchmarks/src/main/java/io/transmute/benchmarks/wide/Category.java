package io.transmute.benchmarks.wide;

/** A category, the same type in source and destination. */
public enum Category {
    BOOKS, MUSIC, GAMES, TOOLS
}

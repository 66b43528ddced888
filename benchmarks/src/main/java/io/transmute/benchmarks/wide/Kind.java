package io.transmute.benchmarks.wide;

/** A kind, the same type in source and destination. */
public enum Kind {
    PHYSICAL, DIGITAL
}

package io.transmute.benchmarks.wide;

/** A priority (source). */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}

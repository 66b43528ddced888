package io.transmute.benchmarks.wide;

/** A priority (destination): converted from {@link Priority} by name. */
public enum PriorityDto {
    LOW, NORMAL, HIGH, URGENT
}

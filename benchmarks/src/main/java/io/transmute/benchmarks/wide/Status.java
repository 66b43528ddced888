package io.transmute.benchmarks.wide;

/** The order status of the wide model (source). */
public enum Status {
    NEW, PAID, SHIPPED, DELIVERED, CANCELLED
}

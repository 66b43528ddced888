package io.transmute.benchmarks.wide;

/** The order status of the wide model's destination: converted from {@link Status} by name. */
public enum StatusDto {
    NEW, PAID, SHIPPED, DELIVERED, CANCELLED
}

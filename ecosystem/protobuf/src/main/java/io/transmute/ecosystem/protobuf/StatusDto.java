package io.transmute.ecosystem.protobuf;

/** Protobuf's {@code STATUS_} prefix and its {@code STATUS_UNSPECIFIED} default have no counterpart here. */
public enum StatusDto {
    ACTIVE, SUSPENDED
}

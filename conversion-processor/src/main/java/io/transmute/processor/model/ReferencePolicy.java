package io.transmute.processor.model;

/** {@code io.transmute.References}, as a converter method declares it (read by name). */
public enum ReferencePolicy {
    CHECKED, UNCHECKED
}

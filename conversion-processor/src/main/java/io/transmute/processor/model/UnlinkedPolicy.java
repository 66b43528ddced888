package io.transmute.processor.model;

/** {@code io.transmute.Unlinked}, as a converter method declares it (read by name). */
public enum UnlinkedPolicy {
    ERROR, WARN, IGNORE
}

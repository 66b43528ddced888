package io.transmute.processor.model;

/** {@code io.transmute.Unloaded}, as a converter method declares it (read by name). */
public enum UnloadedPolicy {
    LOAD, SKIP, FAIL
}

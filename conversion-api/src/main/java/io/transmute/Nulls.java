package io.transmute;

/** What a null in the source does to an {@link Into} target. */
public enum Nulls {
    /** A null in the source sets the target's property to null (PUT semantics). */
    SET,
    /** A null in the source leaves the target's property as it is (PATCH semantics). */
    SKIP
}

package io.transmute.processor.coercion;

/** The container kinds that element-wise coercion reads from and builds. */
public enum ContainerShape {
    /** Any array; read by index, built with its length known. */
    ARRAY,
    /** A {@code Collection} source, whose size is known. */
    COLLECTION,
    /** An {@code Iterable} source that is not a {@code Collection}. */
    ITERABLE,
    /** A {@code List} or {@code Collection} destination, built as an {@code ArrayList}. */
    LIST,
    /** A {@code Set} destination, built as a {@code LinkedHashSet} to keep insertion order. */
    SET,
    /** A {@code Map}, built as a {@code LinkedHashMap}. */
    MAP
}

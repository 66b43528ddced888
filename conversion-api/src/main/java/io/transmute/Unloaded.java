package io.transmute;

/**
 * What a converter does with a lazy JPA association or lazy attribute that is not loaded yet.
 * Chosen per converter method with {@link Converter#unloaded()}; it has no effect on plain models.
 */
public enum Unloaded {
    /** Read it, as hand-written code would: inside an open session this runs a query. */
    LOAD,
    /**
     * Leave the destination empty: null, an empty collection or array, or {@code Optional.empty()};
     * no query runs.
     */
    SKIP,
    /**
     * Throw an {@code UnloadedAttributeException} naming the entity, the property and this policy,
     * instead of running a query or failing with Hibernate's {@code LazyInitializationException}.
     */
    FAIL
}

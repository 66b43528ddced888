package io.transmute.jpa;

/**
 * Thrown by a converter declared {@code @Converter(unloaded = Unloaded.FAIL)} when it meets a lazy
 * association or attribute that is not loaded, instead of running a query or failing later with
 * Hibernate's {@code LazyInitializationException}.
 */
public final class UnloadedAttributeException extends RuntimeException {
    private final String entity;
    private final String attribute;

    public UnloadedAttributeException(String entity, String attribute, String converter) {
        super(entity + "." + attribute + " is not loaded, and " + converter
                + " is declared @Converter(unloaded = Unloaded.FAIL). Fetch it with the entity (a join fetch"
                + " or an entity graph), or choose Unloaded.LOAD to read it or Unloaded.SKIP to leave it empty");
        this.entity = entity;
        this.attribute = attribute;
    }

    /** The entity type, e.g. {@code Book}. */
    public String entity() {
        return entity;
    }

    /** The attribute that was not loaded, e.g. {@code reviews}. */
    public String attribute() {
        return attribute;
    }
}

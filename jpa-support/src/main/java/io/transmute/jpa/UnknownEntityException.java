package io.transmute.jpa;

import java.util.List;

/**
 * Thrown by a converter when ids it was given to turn into entity references do not exist, before
 * the caller can write anything.
 */
public final class UnknownEntityException extends RuntimeException {
    private final Class<?> entityType;
    private final List<?> missingIds;
    private final String destination;

    public UnknownEntityException(Class<?> entityType, List<?> missingIds, String destination) {
        super("No " + entityType.getSimpleName() + " with id " + (missingIds.size() == 1 ? missingIds.get(0)
                : missingIds.toString()) + " exists, for " + destination);
        this.entityType = entityType;
        this.missingIds = List.copyOf(missingIds);
        this.destination = destination;
    }

    public Class<?> entityType() {
        return entityType;
    }

    /** The ids that were not found, in the order they were given. */
    public List<?> missingIds() {
        return missingIds;
    }

    /** The destination property the ids were for, e.g. {@code Book.tags}. */
    public String destination() {
        return destination;
    }
}

package io.transmute.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * Unchecked entity references for generated converters declared
 * {@code @Converter(references = References.UNCHECKED)}: {@code getReference}, no query at all.
 * Checked references go through a {@link ReferenceCheck}.
 */
public final class EntityReferences {
    private EntityReferences() {
    }

    /** A reference to the entity with this id, without a query; null for a null id. */
    public static <T> T reference(EntityManager entityManager, Class<T> type, Object id) {
        return id == null ? null : entityManager.getReference(type, id);
    }

    /** References to the entities with these ids, without a query, added to {@code target}. */
    public static <T, C extends Collection<T>> C referenceAll(EntityManager entityManager, Class<T> type,
            Iterable<?> ids, C target) {
        if (ids == null) {
            return null;
        }
        for (Object id : ids) {
            if (id != null) {
                target.add(entityManager.getReference(type, id));
            }
        }
        return target;
    }
}

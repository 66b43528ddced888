package io.transmute.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checked entity references of one conversion: each id becomes a reference at once, without a
 * query, and {@link #verify()}, called by the generated converter before it returns, checks them
 * all with one query per entity type. An unknown id fails the conversion before the caller can
 * write anything.
 */
public final class ReferenceCheck {
    private final EntityManager entityManager;
    /** Per entity type, the ids to check and the destinations each was for. */
    private final Map<Class<?>, Map<Object, Set<String>>> pending = new LinkedHashMap<>();

    private ReferenceCheck(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public static ReferenceCheck of(EntityManager entityManager) {
        return new ReferenceCheck(entityManager);
    }

    /** A reference to the entity with this id, checked later; null for a null id. */
    public <T> T reference(Class<T> type, Object id, String destination) {
        if (id == null) {
            return null;
        }
        pending.computeIfAbsent(type, unused -> new LinkedHashMap<>())
                .computeIfAbsent(id, unused -> new LinkedHashSet<>()).add(destination);
        return entityManager.getReference(type, id);
    }

    /** References to the entities with these ids, added to {@code target}; null ids are skipped. */
    public <T, C extends Collection<T>> C references(Class<T> type, Iterable<?> ids, String destination, C target) {
        if (ids == null) {
            return null;
        }
        for (Object id : ids) {
            T reference = reference(type, id, destination);
            if (reference != null) {
                target.add(reference);
            }
        }
        return target;
    }

    /**
     * Checks every id referenced so far: one query per entity type, which never flushes the
     * caller's pending changes.
     *
     * @throws UnknownEntityException naming the type, every missing id and the destination
     */
    public void verify() {
        for (Map.Entry<Class<?>, Map<Object, Set<String>>> entry : pending.entrySet()) {
            Set<Object> unchecked = new LinkedHashSet<>();
            for (Object id : entry.getValue().keySet()) {
                // An entity this persistence context already holds (even persisted and not yet
                // flushed) exists: only the others need the query.
                if (!isManaged(entry.getKey(), id)) {
                    unchecked.add(id);
                }
            }
            Set<Object> existing = unchecked.isEmpty() ? Set.of() : new HashSet<>(existingIds(entry.getKey(), unchecked));
            List<Object> missing = new ArrayList<>();
            Set<String> destinations = new LinkedHashSet<>();
            for (Object id : unchecked) {
                if (!existing.contains(id)) {
                    missing.add(id);
                    destinations.addAll(entry.getValue().get(id));
                }
            }
            if (!missing.isEmpty()) {
                throw new UnknownEntityException(entry.getKey(), missing, String.join(" and ", destinations));
            }
        }
        pending.clear();
    }

    private boolean isManaged(Class<?> type, Object id) {
        Object reference = entityManager.getReference(type, id);
        return entityManager.contains(reference)
                && entityManager.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(reference);
    }

    private <T> List<Object> existingIds(Class<T> type, Collection<Object> ids) {
        CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object> query = criteria.createQuery(Object.class);
        Root<T> root = query.from(type);
        var entity = entityManager.getMetamodel().entity(type);
        String idAttribute = entity.getId(entity.getIdType().getJavaType()).getName();
        query.select(root.get(idAttribute)).where(root.get(idAttribute).in(new LinkedHashSet<>(ids)));
        return entityManager.createQuery(query).setFlushMode(FlushModeType.COMMIT).getResultList();
    }
}

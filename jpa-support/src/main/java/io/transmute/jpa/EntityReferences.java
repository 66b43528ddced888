package io.transmute.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns ids into entity references for generated converters: checked (looked up, one query for a
 * whole collection, unknown ids reported together) or unchecked ({@code getReference}, no query).
 */
public final class EntityReferences {
    private EntityReferences() {
    }

    /**
     * The entity with this id, looked up; null for a null id.
     *
     * @throws UnknownEntityException if it does not exist
     */
    public static <T> T find(EntityManager entityManager, Class<T> type, Object id, String destination) {
        if (id == null) {
            return null;
        }
        T entity = entityManager.find(type, id);
        if (entity == null) {
            throw new UnknownEntityException(type, List.of(id), destination);
        }
        return entity;
    }

    /** A reference to the entity with this id, without a query; null for a null id. */
    public static <T> T reference(EntityManager entityManager, Class<T> type, Object id) {
        return id == null ? null : entityManager.getReference(type, id);
    }

    /**
     * The entities with these ids, in the order of the ids, added to {@code target}: one query for
     * all of them. Null ids are skipped; null ids give null.
     *
     * @throws UnknownEntityException naming every id that does not exist
     */
    public static <T, C extends Collection<T>> C findAll(EntityManager entityManager, Class<T> type,
            Iterable<?> ids, String destination, C target) {
        if (ids == null) {
            return null;
        }
        Collection<Object> wanted = new LinkedHashSet<>();
        for (Object id : ids) {
            if (id != null) {
                wanted.add(id);
            }
        }
        Map<Object, T> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            for (T entity : query(entityManager, type, wanted)) {
                found.put(entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity),
                        entity);
            }
        }
        List<Object> missing = new ArrayList<>();
        for (Object id : wanted) {
            if (!found.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new UnknownEntityException(type, missing, destination);
        }
        for (Object id : ids) {
            if (id != null) {
                target.add(found.get(id));
            }
        }
        return target;
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

    private static <T> List<T> query(EntityManager entityManager, Class<T> type, Collection<Object> ids) {
        CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = criteria.createQuery(type);
        Root<T> root = query.from(type);
        String idAttribute = entityManager.getMetamodel().entity(type).getId(
                entityManager.getMetamodel().entity(type).getIdType().getJavaType()).getName();
        query.select(root).where(root.get(idAttribute).in(ids));
        return entityManager.createQuery(query).getResultList();
    }
}

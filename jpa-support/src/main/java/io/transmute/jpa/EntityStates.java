package io.transmute.jpa;

import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceUtil;

/**
 * What generated converters ask about entities, answered without loading anything.
 */
public final class EntityStates {
    private static final PersistenceUtil PERSISTENCE = Persistence.getPersistenceUtil();

    private EntityStates() {
    }

    /**
     * Whether {@code attribute} of {@code entity} is loaded. Asks the persistence provider, which
     * answers for lazy associations (proxies, uninitialised collections) and lazy attributes
     * without touching them. A null entity has nothing left to load.
     */
    public static boolean isLoaded(Object entity, String attribute) {
        return entity == null || PERSISTENCE.isLoaded(entity, attribute);
    }

    /**
     * Fails with an {@link UnloadedAttributeException} when the attribute is not loaded.
     *
     * @param entityName the entity type as the user knows it, e.g. {@code Book}
     * @param converter the converter method, e.g. {@code BookMapper.toDto()}
     */
    public static void requireLoaded(Object entity, String attribute, String entityName, String converter) {
        if (!isLoaded(entity, attribute)) {
            throw new UnloadedAttributeException(entityName, attribute, converter);
        }
    }

    /**
     * The entity behind a Hibernate proxy, loading it if needed, so that its real class is known
     * (a proxy of Animal whose row is a Dog is not an instance of Dog). Other objects are returned
     * as they are. Without Hibernate on the class path, nothing is a Hibernate proxy.
     */
    @SuppressWarnings("unchecked")
    public static <T> T unproxy(T entity) {
        return HibernatePresence.AVAILABLE ? (T) org.hibernate.Hibernate.unproxy(entity) : entity;
    }

    /** Looked up once: hibernate-core is an optional dependency of this library. */
    private static final class HibernatePresence {
        static final boolean AVAILABLE = isPresent();

        private static boolean isPresent() {
            try {
                Class.forName("org.hibernate.Hibernate", false, EntityStates.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException absent) {
                return false;
            }
        }
    }
}

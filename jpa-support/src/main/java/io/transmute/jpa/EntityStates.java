package io.transmute.jpa;

import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceUtil;
import java.util.function.Function;

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
     * Whether {@code attribute} of {@code entity} is loaded, as {@link #isLoaded(Object, String)}
     * answers, given the attribute's getter ({@code Book::getAuthor}). On Hibernate the answer then
     * costs what hand-written checks cost: the entity must not be an uninitialised proxy nor have
     * the attribute unloaded by bytecode enhancement, and the value the getter returns (a proxy or
     * a persistent collection, which the getter never initialises) must be initialised. Other
     * providers are asked through {@link PersistenceUtil}.
     */
    public static <E> boolean isLoaded(E entity, String attribute, Function<? super E, ?> getter) {
        if (entity == null) {
            return true;
        }
        return HibernatePresence.AVAILABLE
                ? HibernateStates.isLoaded(entity, attribute, getter)
                : PERSISTENCE.isLoaded(entity, attribute);
    }

    /**
     * Fails with an {@link UnloadedAttributeException} when the attribute is not loaded.
     *
     * @param getter the attribute's getter, as for {@link #isLoaded(Object, String, Function)}
     * @param entityName the entity type as the user knows it, e.g. {@code Book}
     * @param converter the converter method, e.g. {@code BookMapper.toDto()}
     */
    public static <E> void requireLoaded(E entity, String attribute, Function<? super E, ?> getter,
            String entityName, String converter) {
        if (!isLoaded(entity, attribute, getter)) {
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

    /** Hibernate's own checks; a class of its own so that nothing loads Hibernate when it is absent. */
    private static final class HibernateStates {
        static <E> boolean isLoaded(E entity, String attribute, Function<? super E, ?> getter) {
            return org.hibernate.Hibernate.isPropertyInitialized(entity, attribute)
                    && org.hibernate.Hibernate.isInitialized(getter.apply(entity));
        }
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

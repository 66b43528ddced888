package io.transmute;

/**
 * How a converter turns ids into JPA entity references (a {@code Book.author} from a form's
 * {@code authorId}). Chosen per converter method with {@link Converter#references()}.
 */
public enum References {
    /**
     * Look the ids up: one query per entity type and property, and an id that does not exist fails
     * with an {@code UnknownEntityException} naming the type, the missing ids and the destination,
     * before the caller can write anything.
     */
    CHECKED,
    /**
     * {@code EntityManager.getReference}: no query at all, for callers that know the ids exist (an
     * unknown id fails later, at first access, with {@code EntityNotFoundException}).
     */
    UNCHECKED
}

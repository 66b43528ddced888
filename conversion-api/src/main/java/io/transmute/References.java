package io.transmute;

/**
 * How a converter turns ids into JPA entity references (a {@code Book.author} from a form's
 * {@code authorId}). Chosen per converter method with {@link Converter#references()}.
 */
public enum References {
    /**
     * Check the ids: every id becomes a reference at once, and before the converter returns (before
     * an {@code @Into} target is touched) they are all checked, with one query per entity type and
     * conversion. An id that does not exist fails with an {@code UnknownEntityException} naming the
     * type, the missing ids and the destinations, before the caller can write anything.
     */
    CHECKED,
    /**
     * {@code EntityManager.getReference}: no query at all, for callers that know the ids exist (an
     * unknown id fails later, at first access, with {@code EntityNotFoundException}).
     */
    UNCHECKED
}

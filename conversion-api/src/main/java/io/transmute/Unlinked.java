package io.transmute;

/**
 * What a converter does with a destination property that nothing links: no source property, extra
 * parameter, {@link Link} or {@link LinkConstant} fills it.
 */
public enum Unlinked {
    /** A compile error naming the property and how to link it (the default). */
    ERROR,
    /** A compiler warning; the property is left empty, as {@link Converter#allowUnlinked()} leaves it. */
    WARN,
    /** The property is left empty, as {@link Converter#allowUnlinked()} leaves it, without a word. */
    IGNORE
}

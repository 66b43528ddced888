package io.transmute.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A type named in {@code @ConverterConfig(uses = ...)}: the generated class keeps one instance of it
 * in a field and calls its methods as coercers and nested conversions, or calls them through the
 * type when they are all static.
 *
 * @param implementation for a Transmute converter type or a MapStruct mapper, the qualified name of
 *     its generated implementation, which the default component model creates; null for another
 *     class, created with its no-argument constructor, or for a type that needs no instance
 */
public record UsedType(TypeElement element, DeclaredType type, Kind kind, String implementation) {

    /** What the type is, which decides how it is obtained and which of its methods convert. */
    public enum Kind {
        /** Has abstract {@code @Converter} methods: Transmute implements it. */
        CONVERTER,
        /** Annotated {@code @org.mapstruct.Mapper}: its abstract one-parameter methods convert. */
        MAPSTRUCT_MAPPER,
        /** Any other type, whose methods are called on an instance. */
        OTHER,
        /** Offers static methods only (a utility class): nothing to create or inject. */
        STATIC
    }

    /** Whether the generated class holds an instance of it in a field. */
    public boolean needsInstance() {
        return kind != Kind.STATIC;
    }

    /** {@code DateConverter}, or {@code Outer.DateConverter} for a nested type. */
    public String describe() {
        return TypeTools.nestedSimpleName(element);
    }
}

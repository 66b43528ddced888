package io.transmute.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A type named in {@code @ConverterConfig(uses = ...)}: the generated class keeps one instance of it
 * in a field and calls its methods as coercers and nested conversions.
 *
 * @param implementation for a converter type, the qualified name of its generated implementation,
 *     which the default component model creates; null for another class, created with its
 *     no-argument constructor, or for any type a container injects
 */
public record UsedType(TypeElement element, DeclaredType type, String implementation) {

    /** {@code DateConverter}, or {@code Outer.DateConverter} for a nested type. */
    public String describe() {
        return TypeTools.nestedSimpleName(element);
    }
}

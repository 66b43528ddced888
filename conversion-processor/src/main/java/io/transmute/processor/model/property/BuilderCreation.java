package io.transmute.processor.model.property;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Creating a destination through its builder: {@code creation} (a static method, called with
 * {@code typeArguments}, or a constructor of the builder) gives a builder of type
 * {@code builderType}; its setters fill the properties, then {@code buildMethod} builds.
 *
 * @param fluent whether every setter returns the builder, so that the calls can be chained
 * @param unwritable properties the built type reads but its builder cannot write (no setter, no
 *     {@code addAllX}): a source property of the same name must not be dropped silently
 */
public record BuilderCreation(ExecutableElement creation, TypeMirror builderType, List<TypeMirror> typeArguments,
        String buildMethod, boolean fluent, List<String> unwritable) {

    public BuilderCreation {
        unwritable = List.copyOf(unwritable);
    }
}

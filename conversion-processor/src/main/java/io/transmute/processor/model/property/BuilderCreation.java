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
 */
public record BuilderCreation(ExecutableElement creation, TypeMirror builderType, List<TypeMirror> typeArguments,
        String buildMethod, boolean fluent) {
}

package io.transmute.processor.model.property;

import javax.lang.model.type.TypeMirror;

/**
 * A property that can be read from a source model: through an accessor method (record component,
 * getter) or a public field. {@code type} is resolved against the model's type arguments.
 */
public record SourceProperty(String name, TypeMirror type, String accessor, boolean isMethod) {
}

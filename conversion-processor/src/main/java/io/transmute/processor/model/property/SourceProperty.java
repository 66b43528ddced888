package io.transmute.processor.model.property;

import javax.lang.model.type.TypeMirror;

/**
 * A property that can be read from a source model: through an accessor method (record component,
 * getter) or a public field. {@code type} is resolved against the model's type arguments.
 * {@code presenceChecker} names the method ({@code hasTitle}) without which the property reads as
 * absent, that is as null (so {@code type} is boxed); null when it has none.
 */
public record SourceProperty(String name, TypeMirror type, String accessor, boolean isMethod,
        String presenceChecker) {

    public SourceProperty(String name, TypeMirror type, String accessor, boolean isMethod) {
        this(name, type, accessor, isMethod, null);
    }
}

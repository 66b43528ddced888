package io.transmute.processor.model;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A method of the converter type (declared or inherited) that generated code may call, with its
 * types as seen from the converter type.
 */
public record UserMethod(
        ExecutableElement element, List<TypeMirror> parameterTypes, TypeMirror returnType,
        boolean isCoercer) {

    public String name() {
        return element.getSimpleName().toString();
    }

    public boolean isStatic() {
        return element.getModifiers().contains(Modifier.STATIC);
    }

    /** Whether it declares a checked exception, which generated code could not pass on. */
    public boolean throwsChecked(TypeTools tools) {
        return tools.throwsChecked(element);
    }

    public boolean isAbstract() {
        return element.getModifiers().contains(Modifier.ABSTRACT);
    }

    public TypeElement owner() {
        return (TypeElement) element.getEnclosingElement();
    }

    /** {@code BookMapper.cents(int)}: how messages name the method. */
    public String describe(TypeTools tools) {
        return owner().getSimpleName() + "." + name() + parameterTypes.stream()
                .map(tools::display)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}

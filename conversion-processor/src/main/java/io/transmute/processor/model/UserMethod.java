package io.transmute.processor.model;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A method that generated code may call, with its types as seen from the type it is called on: a
 * method of the converter type (declared or inherited), or of a type it uses ({@code via}, null for
 * the converter type's own methods), called on the generated class's instance of that type.
 */
public record UserMethod(
        ExecutableElement element, List<TypeMirror> parameterTypes, TypeMirror returnType,
        boolean isCoercer, UsedType via) {

    public UserMethod(ExecutableElement element, List<TypeMirror> parameterTypes, TypeMirror returnType,
            boolean isCoercer) {
        this(element, parameterTypes, returnType, isCoercer, null);
    }

    /**
     * Whether it converts like a {@code @Converter} method (of a used type; the converter type has its
     * own list): one that is annotated so, or an abstract method of a MapStruct mapper, which MapStruct
     * implements.
     */
    public boolean isConverter() {
        return Annotations.has(element, AnnotationNames.CONVERTER)
                || via != null && via.kind() == UsedType.Kind.MAPSTRUCT_MAPPER && isAbstract();
    }

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

    /** {@code BookMapper.cents(int)}: how messages name the method, by the type it is called on. */
    public String describe(TypeTools tools) {
        String on = via != null ? via.describe() : owner().getSimpleName().toString();
        return on + "." + name() + parameterTypes.stream()
                .map(tools::display)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}

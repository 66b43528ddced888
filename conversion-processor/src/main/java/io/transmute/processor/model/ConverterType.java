package io.transmute.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A type that declares or inherits {@code @Converter} methods: what Transmute implements, and the
 * methods it may call (coercers, factories, other converters).
 */
public record ConverterType(
        TypeElement element,
        PackageElement packageElement,
        List<ConverterMethod> converters,
        List<UserMethod> methods) {

    public DeclaredType type() {
        return (DeclaredType) element.asType();
    }

    /** {@code BookMapperImpl}, or {@code Outer_InnerImpl} for a nested type. */
    public String implementationName() {
        return TypeTools.nestedSimpleName(element).replace('.', '_') + "Impl";
    }

    public boolean isInterface() {
        return element.getKind().isInterface();
    }

    public List<UserMethod> methodsNamed(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).toList();
    }

    public List<UserMethod> coercers() {
        return methods.stream().filter(UserMethod::isCoercer).toList();
    }

    public List<String> methodNames() {
        return methods.stream().map(UserMethod::name).distinct().toList();
    }

    /** The converter method declared by {@code element}, if it is one. */
    public boolean isConverter(ExecutableElement element) {
        return converters.stream().anyMatch(c -> c.element().equals(element));
    }
}

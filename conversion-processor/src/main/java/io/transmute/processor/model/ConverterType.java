package io.transmute.processor.model;

import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A type that declares or inherits {@code @Converter} methods: what Transmute implements, and the
 * methods it may call (coercers, factories, other converters); how its implementation is obtained
 * ({@code componentModel}), the types it uses, and the methods of those it may call.
 */
public record ConverterType(
        TypeElement element,
        PackageElement packageElement,
        List<ConverterMethod> converters,
        List<UserMethod> methods,
        ComponentModelKind componentModel,
        List<UsedType> uses,
        List<UserMethod> usedMethods) {

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
        return Stream.concat(methods.stream(), usedMethods.stream())
                .map(UserMethod::name).distinct().toList();
    }

    /** The used types' methods named {@code name}, which a link may name when the type has none. */
    public List<UserMethod> usedMethodsNamed(String name) {
        return usedMethods.stream().filter(m -> m.name().equals(name)).toList();
    }

    /** The used types' {@code @Coercer} methods, which come after the type's own. */
    public List<UserMethod> usedCoercers() {
        return usedMethods.stream().filter(UserMethod::isCoercer).toList();
    }

    /** The used types' {@code @Converter} methods, reused after the type's own. */
    public List<UserMethod> usedConverters() {
        return usedMethods.stream().filter(UserMethod::isConverter).toList();
    }

    /** The converter method declared by {@code element}, if it is one. */
    public boolean isConverter(ExecutableElement element) {
        return converters.stream().anyMatch(c -> c.element().equals(element));
    }
}

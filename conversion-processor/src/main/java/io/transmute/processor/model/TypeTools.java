package io.transmute.processor.model;

import io.transmute.processor.diagnostics.MissingType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Questions about types that every stage asks, answered in one place. */
public final class TypeTools {
    private final Types types;
    private final Elements elements;

    public TypeTools(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    public Types types() {
        return types;
    }

    public Elements elements() {
        return elements;
    }

    public boolean isSame(TypeMirror a, TypeMirror b) {
        return types.isSameType(a, b);
    }

    public boolean isAssignable(TypeMirror from, TypeMirror to) {
        return types.isAssignable(from, to);
    }

    public boolean isPrimitive(TypeMirror type) {
        return type.getKind().isPrimitive();
    }

    public TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
    }

    /** The primitive that {@code type} unboxes to, if it is a box. */
    public Optional<PrimitiveType> unboxed(TypeMirror type) {
        try {
            return Optional.of(types.unboxedType(type));
        } catch (IllegalArgumentException notABox) {
            return Optional.empty();
        }
    }

    /**
     * Stops work on a converter type whose types are not all known yet: another processor may
     * generate them in a later round.
     *
     * @throws MissingType if {@code type} or one of its type arguments or components is erroneous
     */
    public void requireResolved(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            throw new MissingType(type.toString());
        }
        if (type instanceof ArrayType array) {
            requireResolved(array.getComponentType());
        } else if (type instanceof DeclaredType declared) {
            declared.getTypeArguments().forEach(this::requireResolved);
        } else if (type instanceof WildcardType wildcard && wildcard.getExtendsBound() != null) {
            requireResolved(wildcard.getExtendsBound());
        }
    }

    /**
     * What a container declared with {@code type} holds when written to: {@code ? super X} and
     * {@code ? extends X} hold X values, {@code ?} holds Objects.
     */
    public TypeMirror writable(TypeMirror type) {
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getSuperBound() != null) {
                return wildcard.getSuperBound();
            }
            return readable(type);
        }
        return type;
    }

    /**
     * Stops work when a supertype of {@code element} is not known yet (another processor may
     * generate it): its properties would be silently missing.
     */
    public void requireResolvedSupertypes(TypeElement element) {
        for (TypeMirror supertype : types.directSupertypes(element.asType())) {
            requireResolved(supertype);
            typeElement(supertype).ifPresent(this::requireResolvedSupertypes);
        }
        if (element.getSuperclass().getKind() == TypeKind.ERROR) {
            throw new MissingType(element.getSuperclass().toString());
        }
        for (TypeMirror implemented : element.getInterfaces()) {
            requireResolved(implemented);
        }
    }

    /**
     * The part of {@code type} that generated code in {@code fromPackage} could not name: the
     * type itself, an enclosing type, a type argument or an array component; empty when all are
     * accessible.
     */
    public Optional<TypeElement> inaccessiblePart(TypeMirror type, PackageElement fromPackage) {
        if (type instanceof ArrayType array) {
            return inaccessiblePart(array.getComponentType(), fromPackage);
        }
        if (type instanceof WildcardType wildcard) {
            TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
            return bound == null ? Optional.empty() : inaccessiblePart(bound, fromPackage);
        }
        if (!(type instanceof DeclaredType declared)) {
            return Optional.empty();
        }
        for (Element current = declared.asElement(); current instanceof TypeElement enclosing;
                current = current.getEnclosingElement()) {
            if (!isAccessibleFrom(current, fromPackage)) {
                return Optional.of(enclosing);
            }
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
            Optional<TypeElement> part = inaccessiblePart(argument, fromPackage);
            if (part.isPresent()) {
                return part;
            }
        }
        return Optional.empty();
    }

    /** Whether the method declares a checked exception, which generated code could not pass on. */
    public boolean throwsChecked(ExecutableElement method) {
        TypeMirror runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
        TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
        return method.getThrownTypes().stream()
                .anyMatch(thrown -> !types.isAssignable(thrown, runtimeException) && !types.isAssignable(thrown, error));
    }

    /** A wildcard stands for its upper bound when read; other types stand for themselves. */
    public TypeMirror readable(TypeMirror type) {
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() != null
                    ? wildcard.getExtendsBound()
                    : elements.getTypeElement("java.lang.Object").asType();
        }
        return type;
    }

    public Optional<TypeElement> typeElement(TypeMirror type) {
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
            return Optional.of(element);
        }
        return Optional.empty();
    }

    public boolean isNamed(TypeMirror type, String qualifiedName) {
        return typeElement(type).map(e -> e.getQualifiedName().contentEquals(qualifiedName)).orElse(false);
    }

    public boolean isEnum(TypeMirror type) {
        return typeElement(type).map(e -> e.getKind() == ElementKind.ENUM).orElse(false);
    }

    public boolean isString(TypeMirror type) {
        return isNamed(type, "java.lang.String");
    }

    /** Types of the Java platform (String, BigDecimal, UUID, LocalDate, ...) are values, not models. */
    public boolean isPlatformType(TypeElement element) {
        String name = elements.getPackageOf(element).getQualifiedName().toString();
        return name.equals("java") || name.startsWith("java.") || name.startsWith("javax.")
                || name.startsWith("jdk.") || name.startsWith("sun.");
    }

    /** {@code type} viewed as the supertype named {@code qualifiedName}, with its type arguments. */
    public Optional<DeclaredType> asSupertype(TypeMirror type, String qualifiedName) {
        Deque<TypeMirror> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            TypeMirror current = pending.poll();
            if (current instanceof DeclaredType declared && isNamed(declared, qualifiedName)) {
                return Optional.of(declared);
            }
            if (current.getKind() == TypeKind.DECLARED && seen.add(types.erasure(current).toString())) {
                pending.addAll(types.directSupertypes(current));
            }
        }
        return Optional.empty();
    }

    public DeclaredType declared(String qualifiedName, TypeMirror... arguments) {
        TypeElement element = elements.getTypeElement(qualifiedName);
        TypeMirror[] boxedArguments = new TypeMirror[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            boxedArguments[i] = boxed(arguments[i]);
        }
        return types.getDeclaredType(element, boxedArguments);
    }

    public boolean isAccessibleFrom(Element element, PackageElement fromPackage) {
        Set<Modifier> modifiers = element.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
            return false;
        }
        if (modifiers.contains(Modifier.PUBLIC)) {
            return true;
        }
        return elements.getPackageOf(element).equals(fromPackage);
    }

    /** A short, readable name for messages and generated names: {@code List<Review>}, {@code int[]}. */
    public String display(TypeMirror type) {
        if (type instanceof DeclaredType declared) {
            String name = nestedSimpleName((TypeElement) declared.asElement());
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            if (arguments.isEmpty()) {
                return name;
            }
            return name + arguments.stream().map(this::display).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof ArrayType array) {
            return display(array.getComponentType()) + "[]";
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getExtendsBound() != null) {
                return "? extends " + display(wildcard.getExtendsBound());
            }
            if (wildcard.getSuperBound() != null) {
                return "? super " + display(wildcard.getSuperBound());
            }
            return "?";
        }
        return type.toString();
    }

    /** {@code Outer.Inner} for a nested type, the simple name otherwise. */
    public static String nestedSimpleName(TypeElement element) {
        StringBuilder name = new StringBuilder(element.getSimpleName());
        for (Element outer = element.getEnclosingElement();
                outer instanceof TypeElement outerType; outer = outer.getEnclosingElement()) {
            name.insert(0, outerType.getSimpleName() + ".");
        }
        return name.toString();
    }
}

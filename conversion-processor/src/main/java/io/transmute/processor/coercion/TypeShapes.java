package io.transmute.processor.coercion;

import io.transmute.processor.model.TypeTools;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Classifies types for coercion: models, containers and their element types. */
public final class TypeShapes {
    /**
     * The containers Transmute builds, by destination type, and the class it creates for each:
     * insertion order is kept, sorted ones stay sorted.
     */
    private static final Map<String, String> IMPLEMENTATIONS = Map.ofEntries(
            Map.entry("java.lang.Iterable", "java.util.ArrayList"),
            Map.entry("java.util.Collection", "java.util.ArrayList"),
            Map.entry("java.util.List", "java.util.ArrayList"),
            Map.entry("java.util.ArrayList", "java.util.ArrayList"),
            Map.entry("java.util.LinkedList", "java.util.LinkedList"),
            Map.entry("java.util.Queue", "java.util.ArrayDeque"),
            Map.entry("java.util.Deque", "java.util.ArrayDeque"),
            Map.entry("java.util.ArrayDeque", "java.util.ArrayDeque"),
            Map.entry("java.util.Set", "java.util.LinkedHashSet"),
            Map.entry("java.util.HashSet", "java.util.LinkedHashSet"),
            Map.entry("java.util.LinkedHashSet", "java.util.LinkedHashSet"),
            Map.entry("java.util.SortedSet", "java.util.TreeSet"),
            Map.entry("java.util.NavigableSet", "java.util.TreeSet"),
            Map.entry("java.util.TreeSet", "java.util.TreeSet"),
            Map.entry("java.util.Map", "java.util.LinkedHashMap"),
            Map.entry("java.util.HashMap", "java.util.LinkedHashMap"),
            Map.entry("java.util.LinkedHashMap", "java.util.LinkedHashMap"),
            Map.entry("java.util.SortedMap", "java.util.TreeMap"),
            Map.entry("java.util.NavigableMap", "java.util.TreeMap"),
            Map.entry("java.util.TreeMap", "java.util.TreeMap"));

    private final TypeTools tools;

    public TypeShapes(TypeTools tools) {
        this.tools = tools;
    }

    /** A user type with properties: a class, record or interface outside the Java platform. */
    public boolean isModel(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        ElementKind kind = element.getKind();
        return (kind == ElementKind.CLASS || kind == ElementKind.RECORD || kind == ElementKind.INTERFACE)
                && !tools.isPlatformType(element);
    }

    public boolean isOptional(TypeMirror type) {
        return tools.isNamed(type, "java.util.Optional");
    }

    /** How {@code type} can be read element-wise, if it is a container. */
    public Optional<ContainerShape> sourceShape(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return Optional.of(ContainerShape.ARRAY);
        }
        if (tools.asSupertype(type, "java.util.Map").isPresent()) {
            return Optional.of(ContainerShape.MAP);
        }
        if (tools.asSupertype(type, "java.util.Collection").isPresent()) {
            return Optional.of(ContainerShape.COLLECTION);
        }
        if (tools.asSupertype(type, "java.lang.Iterable").isPresent()) {
            return Optional.of(ContainerShape.ITERABLE);
        }
        return Optional.empty();
    }

    /** What Transmute builds for a destination of {@code type}, if it is a container it builds. */
    public Optional<ContainerShape> targetShape(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return Optional.of(ContainerShape.ARRAY);
        }
        return implementation(type).map(implementation -> switch (implementation) {
            case "java.util.LinkedHashSet", "java.util.TreeSet" -> ContainerShape.SET;
            case "java.util.LinkedHashMap", "java.util.TreeMap" -> ContainerShape.MAP;
            default -> ContainerShape.LIST;
        });
    }

    /** The class Transmute creates for a destination container of {@code type}. */
    public Optional<String> implementation(TypeMirror type) {
        return tools.typeElement(type).map(e -> IMPLEMENTATIONS.get(e.getQualifiedName().toString()));
    }

    /**
     * A collection or map type that Transmute does not create (an EnumMap, a concurrent map, a
     * user's collection class): filling it from a container needs a coercer, or the container
     * would be shared.
     */
    public boolean isUnbuildableContainer(TypeMirror type) {
        return targetShape(type).isEmpty() && (tools.asSupertype(type, "java.util.Collection").isPresent()
                || tools.asSupertype(type, "java.util.Map").isPresent());
    }

    /** An array whose elements are generic cannot be created ({@code new List<String>[n]}). */
    public boolean isGenericArray(TypeMirror type) {
        if (!(type instanceof ArrayType)) {
            return false;
        }
        TypeMirror component = type;
        while (component instanceof ArrayType array) {
            component = array.getComponentType();
        }
        return component.getKind() == TypeKind.TYPEVAR
                || (component instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty());
    }

    /** The element type a destination container holds: {@code ? super X} and {@code ? extends X} hold X. */
    public TypeMirror targetElementType(TypeMirror container) {
        return tools.writable(declaredElementType(container));
    }

    /** The key type of a destination map. */
    public TypeMirror targetKeyType(TypeMirror map) {
        return tools.writable(rawArgument(tools.asSupertype(map, "java.util.Map").orElseThrow(), 0));
    }

    /** The elements inside any number of containers and Optionals: {@code Review} for {@code List<Optional<Review>>}. */
    public TypeMirror innermostElement(TypeMirror type) {
        TypeMirror current = type;
        while (isOptional(current) || sourceShape(current).isPresent()) {
            current = elementType(current);
        }
        return current;
    }

    /**
     * The elements a destination holds inside any number of containers and Optionals:
     * {@code ReviewDto} for {@code List<? super ReviewDto>}.
     */
    public TypeMirror innermostTargetElement(TypeMirror type) {
        TypeMirror current = type;
        while (isOptional(current) || sourceShape(current).isPresent()) {
            current = tools.writable(declaredElementType(current));
        }
        return current;
    }

    /** The element type of an array or Iterable, the value type of a Map, the content of an Optional. */
    public TypeMirror elementType(TypeMirror container) {
        return tools.readable(declaredElementType(container));
    }

    private TypeMirror declaredElementType(TypeMirror container) {
        if (container instanceof ArrayType array) {
            return array.getComponentType();
        }
        if (isOptional(container)) {
            return rawArgument((DeclaredType) container, 0);
        }
        Optional<DeclaredType> map = tools.asSupertype(container, "java.util.Map");
        if (map.isPresent()) {
            return rawArgument(map.get(), 1);
        }
        return rawArgument(tools.asSupertype(container, "java.lang.Iterable").orElseThrow(), 0);
    }

    public TypeMirror keyType(TypeMirror map) {
        return tools.readable(rawArgument(tools.asSupertype(map, "java.util.Map").orElseThrow(), 0));
    }

    /** A type argument as written, wildcard or not; a raw container holds Objects. */
    private TypeMirror rawArgument(DeclaredType type, int index) {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        return arguments.isEmpty()
                ? tools.elements().getTypeElement("java.lang.Object").asType()
                : arguments.get(index);
    }
}

package io.transmute.processor.coercion;

import io.transmute.processor.model.TypeTools;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Classifies types for coercion: models, containers and their element types. */
public final class TypeShapes {
    private static final Set<String> LIST_TARGETS =
            Set.of("java.util.List", "java.util.ArrayList", "java.util.Collection");
    private static final Set<String> SET_TARGETS =
            Set.of("java.util.Set", "java.util.LinkedHashSet", "java.util.HashSet");
    private static final Set<String> MAP_TARGETS =
            Set.of("java.util.Map", "java.util.LinkedHashMap", "java.util.HashMap");

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
        Optional<String> name = tools.typeElement(type).map(e -> e.getQualifiedName().toString());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (LIST_TARGETS.contains(name.get())) {
            return Optional.of(ContainerShape.LIST);
        }
        if (SET_TARGETS.contains(name.get())) {
            return Optional.of(ContainerShape.SET);
        }
        if (MAP_TARGETS.contains(name.get())) {
            return Optional.of(ContainerShape.MAP);
        }
        return Optional.empty();
    }

    /** The element type of an array or Iterable, the value type of a Map, the content of an Optional. */
    public TypeMirror elementType(TypeMirror container) {
        if (container instanceof ArrayType array) {
            return array.getComponentType();
        }
        if (isOptional(container)) {
            return argument((DeclaredType) container, 0);
        }
        Optional<DeclaredType> map = tools.asSupertype(container, "java.util.Map");
        if (map.isPresent()) {
            return argument(map.get(), 1);
        }
        return argument(tools.asSupertype(container, "java.lang.Iterable").orElseThrow(), 0);
    }

    public TypeMirror keyType(TypeMirror map) {
        return argument(tools.asSupertype(map, "java.util.Map").orElseThrow(), 0);
    }

    private TypeMirror argument(DeclaredType type, int index) {
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        // A raw container holds Objects.
        return arguments.isEmpty()
                ? tools.elements().getTypeElement("java.lang.Object").asType()
                : tools.readable(arguments.get(index));
    }
}

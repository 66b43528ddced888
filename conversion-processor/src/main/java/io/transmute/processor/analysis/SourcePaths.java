package io.transmute.processor.analysis;

import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.diagnostics.Suggestions;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.SourceProperties;
import io.transmute.processor.model.property.SourceProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.PackageElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Resolves dotted source paths ({@code "author.name"}) to the properties they read. */
final class SourcePaths {
    private final TypeTools tools;
    private final TypeShapes shapes;
    private final SourceProperties properties;
    private final Diagnostics diagnostics;
    private final PackageElement fromPackage;

    SourcePaths(TypeTools tools, SourceProperties properties, Diagnostics diagnostics,
            PackageElement fromPackage) {
        this.tools = tools;
        this.shapes = new TypeShapes(tools);
        this.properties = properties;
        this.diagnostics = diagnostics;
        this.fromPackage = fromPackage;
    }

    Map<String, SourceProperty> propertiesOf(TypeMirror type) {
        return shapes.isModel(type) ? properties.of((DeclaredType) type, fromPackage) : Map.of();
    }

    /**
     * The properties {@code path} reads from {@code start}. With {@code intoContainers}, a segment
     * may step into the elements of a collection, array or Optional (only to learn types: such a
     * path is read per element). Reports an unknown or unreadable segment and returns empty.
     *
     * @throws io.transmute.processor.diagnostics.MissingType if a type along the path is not known yet
     */
    Optional<List<SourceProperty>> resolve(TypeMirror start, List<String> path, String fullPath,
            Anchor anchor, boolean intoContainers) {
        List<SourceProperty> read = new ArrayList<>();
        TypeMirror current = start;
        String owner = tools.display(start);
        for (String segment : path) {
            // A model another processor writes later has no properties yet: wait for it.
            tools.requireResolved(current);
            if (intoContainers) {
                current = elementsOf(current);
            }
            if (!shapes.isModel(current)) {
                diagnostics.error(anchor, Message.PATH_NOT_MODEL, "@Link from", fullPath,
                        read.isEmpty() ? "the source" : read.get(read.size() - 1).name(),
                        tools.display(current), segment);
                return Optional.empty();
            }
            Map<String, SourceProperty> available = propertiesOf(current);
            SourceProperty property = available.get(segment);
            if (property == null) {
                diagnostics.error(anchor, Message.UNKNOWN_FROM, fullPath, owner, segment,
                        Suggestions.hint(segment, available.keySet()));
                return Optional.empty();
            }
            read.add(property);
            current = property.type();
            owner = tools.display(current);
        }
        return Optional.of(read);
    }

    /** The first container along {@code path} read from {@code start}, if any (for messages). */
    Optional<SourceProperty> firstContainer(List<SourceProperty> path) {
        for (SourceProperty property : path.subList(0, path.size() - 1)) {
            if (isContainer(property.type())) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    /** The type a path reads: boxed when a null along a longer path can make it null. */
    TypeMirror typeOf(List<SourceProperty> path) {
        TypeMirror last = path.get(path.size() - 1).type();
        return path.size() > 1 ? tools.boxed(last) : last;
    }

    private boolean isContainer(TypeMirror type) {
        return shapes.isOptional(type) || shapes.sourceShape(type).isPresent();
    }

    private TypeMirror elementsOf(TypeMirror type) {
        TypeMirror current = type;
        while (isContainer(current)) {
            current = shapes.elementType(current);
        }
        return current;
    }
}

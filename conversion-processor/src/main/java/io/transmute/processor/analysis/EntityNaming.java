package io.transmute.processor.analysis;

import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.jpa.JpaTypes;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.DestinationProperty;
import io.transmute.processor.model.property.SourceProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The naming rules that tie DTO properties to entity properties: {@code authorId} for an
 * entity's id, {@code author} from {@code authorId}, an entity's {@code @Id} and {@code @Version}.
 */
final class EntityNaming {
    private final TypeShapes shapes;
    private final JpaTypes jpa;
    private final SourcePaths paths;

    EntityNaming(TypeTools tools, JpaTypes jpa, SourcePaths paths) {
        this.shapes = new TypeShapes(tools);
        this.jpa = jpa;
        this.paths = paths;
    }

    /** "@Id" or "@Version" when the property is one of the destination entity's. */
    Optional<String> entityKey(DeclaredType destination, DestinationProperty property) {
        if (!jpa.isEntity(destination)) {
            return Optional.empty();
        }
        if (jpa.idProperty(destination).filter(property.name()::equals).isPresent()) {
            return Optional.of("@Id");
        }
        return jpa.versionProperty(destination).filter(property.name()::equals).map(version -> "@Version");
    }

    /**
     * The entity association whose id fills {@code authorId} ({@code author}) or whose ids fill
     * {@code tagIds} ({@code tags}, or {@code tag} if it is a collection).
     */
    Optional<SourceProperty> idSource(String name, Map<String, SourceProperty> sourceProperties) {
        if (name.endsWith("Ids") && name.length() > 3) {
            String base = name.substring(0, name.length() - 3);
            String plural = base.endsWith("y") ? base.substring(0, base.length() - 1) + "ies" : base + "s";
            return Stream.of(plural, base + "s", base + "es", base)
                    .map(sourceProperties::get)
                    .filter(candidate -> candidate != null && isEntityCollection(candidate.type()))
                    .findFirst();
        }
        if (name.endsWith("Id") && name.length() > 2) {
            return Optional.ofNullable(sourceProperties.get(name.substring(0, name.length() - 2)))
                    .filter(candidate -> jpa.isEntity(candidate.type()));
        }
        return Optional.empty();
    }

    /**
     * The id that fills an entity property by name: {@code authorId} for {@code author},
     * {@code tagIds} for a collection {@code tags}.
     */
    Optional<SourceProperty> referenceSource(DestinationProperty property,
            Map<String, SourceProperty> sourceProperties) {
        String name = property.name();
        if (jpa.isEntity(property.type())) {
            return Optional.ofNullable(sourceProperties.get(name + "Id"));
        }
        if (!isEntityCollection(property.type())) {
            return Optional.empty();
        }
        List<String> singulars = new ArrayList<>(List.of(name));
        if (name.endsWith("ies")) {
            singulars.add(name.substring(0, name.length() - 3) + "y");
        }
        if (name.endsWith("es")) {
            singulars.add(name.substring(0, name.length() - 2));
        }
        if (name.endsWith("s")) {
            singulars.add(name.substring(0, name.length() - 1));
        }
        return singulars.stream().map(singular -> sourceProperties.get(singular + "Ids"))
                .filter(candidate -> candidate != null).findFirst();
    }

    boolean isEntityCollection(TypeMirror type) {
        return !jpa.isEntity(type) && shapes.sourceShape(type).isPresent() && jpa.isEntity(shapes.innermostElement(type));
    }

    /** The parent's getter of a managed collection, which a merge changes in place whether or not it has a setter. */
    Optional<SourceProperty> managedCollectionGetter(DeclaredType parent, DestinationProperty property) {
        return Optional.ofNullable(paths.propertiesOf(parent).get(property.name())).filter(SourceProperty::isMethod);
    }
}

package io.transmute.processor.analysis;

import io.transmute.processor.coercion.Capture;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.jpa.JpaTypes;
import io.transmute.processor.model.ConverterMethod.Parameter;
import io.transmute.processor.model.ConverterType;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.Construction;
import io.transmute.processor.model.property.DestinationConstruction;
import io.transmute.processor.model.property.DestinationConstruction.NotConstructible;
import io.transmute.processor.model.property.DestinationProperty;
import io.transmute.processor.model.property.SourceProperty;
import io.transmute.processor.analysis.ValueSource.SourcePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Plans in-place updates ({@code @Into} targets, and children matched by id): what the source links
 * is written, the rest keeps its value, an entity's {@code @Id} and {@code @Version} are never
 * touched, and child entities are merged by id rather than replaced.
 */
final class UpdatePlanner {
    private final TypeTools tools;
    private final TypeShapes shapes;
    private final Diagnostics diagnostics;
    private final ConverterType converterType;
    private final SourcePaths paths;
    private final DestinationConstruction constructions;
    private final JpaTypes jpa;
    private final EntityNaming entities;
    private final AmbiguousSetters setters;
    private final ModelPlanner models;
    private final ConversionPlanner planner;

    UpdatePlanner(TypeTools tools, Diagnostics diagnostics, ConverterType converterType, SourcePaths paths,
            DestinationConstruction constructions, JpaTypes jpa, ModelPlanner models, ConversionPlanner planner) {
        this.tools = tools;
        this.shapes = new TypeShapes(tools);
        this.diagnostics = diagnostics;
        this.setters = new AmbiguousSetters(tools, diagnostics);
        this.converterType = converterType;
        this.paths = paths;
        this.constructions = constructions;
        this.jpa = jpa;
        this.entities = new EntityNaming(tools, jpa, paths);
        this.models = models;
        this.planner = planner;
    }

    /** A child's updatable properties; one that cannot be updated is reported by its own update plan. */
    private List<DestinationProperty> updatableProperties(DeclaredType child) {
        try {
            return constructions.updatableProperties(child, converterType.packageElement());
        } catch (NotConstructible notUpdatable) {
            return List.of();
        }
    }

    /**
     * The update of an existing {@code target} (an @Into parameter) from {@code source}: what the
     * source links is written in place, the rest keeps its value, an entity's @Id and @Version are
     * never touched.
     */
    ModelPlanner.Planned planUpdate(Scope scope, DeclaredType source, DeclaredType target) {
        List<DestinationProperty> updatable;
        try {
            updatable = constructions.updatableProperties(target, converterType.packageElement());
        } catch (NotConstructible notUpdatable) {
            Parameter into = scope.method().into().orElseThrow();
            diagnostics.error(into.element(), Message.INTO_NOT_UPDATABLE, into.name(), tools.display(target),
                    notUpdatable.getMessage());
            return null;
        }
        if (updatable.isEmpty()) {
            Parameter into = scope.method().into().orElseThrow();
            diagnostics.error(into.element(), Message.INTO_NOT_UPDATABLE, into.name(), tools.display(target),
                    tools.typeElement(target).map(e -> e.getKind() == ElementKind.RECORD).orElse(false)
                            ? "it is a record, which is immutable; return a new one instead of @Into"
                            : "it has no setters, public fields or collections to write");
            return null;
        }
        Construction construction = new Construction(target, updatable);
        models.reportUnknownPaths(scope.tree(), construction);
        Map<String, SourceProperty> sourceProperties = paths.propertiesOf(source);
        Map<Object, Capture> captures = new LinkedHashMap<>();
        Map<Object, CaptureArgument> captureArguments = new LinkedHashMap<>();
        List<PropertyPlan> properties = new ArrayList<>();
        boolean complete = true;
        for (DestinationProperty declared : updatable) {
            DestinationProperty property = inPlace(target, declared);
            Optional<String> key = entities.entityKey(target, property);
            if (key.isPresent()) {
                for (LinkRule rule : scope.tree().rulesFor(property.name())) {
                    diagnostics.error(rule.toAnchor(), Message.INTO_ENTITY_KEY, rule.describe(),
                            scope.destinationLabel() + "." + property.name(), key.get());
                    complete = false;
                }
                continue;
            }
            if (scope.role().leftToCaller().contains(property.name())) {
                continue;
            }
            Optional<SourceProperty> children = childElements(scope, target, property, sourceProperties);
            PropertyPlan plan = children.isPresent()
                    ? childMerge(scope, target, property, children.get())
                    : models.planProperty(scope, property, sourceProperties, captures, captureArguments);
            if (children.isPresent() && plan != null
                    && models.captureArguments(scope, plan.coercion(), captures, captureArguments) == null) {
                plan = null;
            } else if (plan != null && createsChildEntities(plan)) {
                String from = plan.value() instanceof SourcePath path
                        ? scope.sourceLabel() + "." + path.path().stream().map(SourceProperty::name)
                                .collect(Collectors.joining("."))
                        : scope.sourceLabel();
                diagnostics.error(ModelPlanner.methodAnchor(scope), Message.INTO_CHILD_ENTITIES,
                        scope.destinationLabel() + "." + property.name(), tools.display(property.type()),
                        from, tools.display(plan.valueType()), property.name());
                plan = null;
            }
            if (plan == null || !setters.check(scope, target, plan)) {
                complete = false;
            } else {
                properties.add(plan);
            }
        }
        return complete ? new ModelPlanner.Planned(new ModelPlan(source, construction, properties,
                List.copyOf(captureArguments.values())), new ArrayList<>(captures.values())) : null;
    }

    /**
     * An entity's collection or map with a setter is still changed in place through its getter:
     * replacing the instance would lose a managed (Hibernate) collection. A plain bean's is set.
     */
    private DestinationProperty inPlace(DeclaredType target, DestinationProperty property) {
        boolean container = tools.asSupertype(property.type(), "java.util.Collection").isPresent()
                || tools.asSupertype(property.type(), "java.util.Map").isPresent();
        if (property.write() != DestinationProperty.Write.SETTER || !container || !jpa.isEntity(target)) {
            return property;
        }
        return entities.managedCollectionGetter(target, property)
                .map(getter -> new DestinationProperty(property.name(), property.type(),
                        DestinationProperty.Write.ADD_ALL, getter.accessor()))
                .orElse(property);
    }

    /**
     * The merge of child entities ({@code Book.reviews} from a form's {@code reviews}): the elements
     * need an id property to match children by; the back reference comes from {@code mappedBy}.
     */
    private PropertyPlan childMerge(Scope scope, DeclaredType parent, DestinationProperty property,
            SourceProperty elements) {
        PropertyPlan plan = new PropertyPlan(property, models.sourcePath(scope, List.of(elements)), elements.type(), null);
        TypeMirror element = shapes.elementType(plan.valueType());
        DeclaredType child = (DeclaredType) shapes.targetElementType(property.type());
        String label = scope.destinationLabel() + "." + property.name();
        Optional<String> idName = jpa.idProperty(child);
        Optional<SourceProperty> childId = idName.map(name -> paths.propertiesOf(child).get(name));
        Optional<SourceProperty> sourceId = idName.map(name -> paths.propertiesOf(element).get(name));
        if (childId.isEmpty() || sourceId.isEmpty() || !tools.isAssignable(tools.boxed(sourceId.get().type()),
                tools.boxed(childId.get().type()))) {
            diagnostics.error(ModelPlanner.methodAnchor(scope), Message.CHILD_ID_MISSING, label, tools.display(property.type()),
                    tools.display(element), idName.orElse("id"),
                    childId.map(id -> tools.display(tools.boxed(id.type()))).orElse("its id type"));
            return null;
        }
        Optional<String> backReference = jpa.mappedBy(parent, property.name());
        Optional<DestinationProperty> backSetter = backReference.flatMap(name -> updatableProperties(child).stream()
                .filter(p -> p.name().equals(name) && p.write() == DestinationProperty.Write.SETTER).findFirst());
        Set<String> leftToCaller = new HashSet<>(backReference.map(Set::of).orElse(Set.of()));
        Set<String> createLeftToCaller = new HashSet<>(leftToCaller);
        createLeftToCaller.add(idName.get());
        // Links and allowUnlinked under the collection's path reach its children, as in any nested conversion.
        List<String> elementsPath = List.of(elements.name());
        NestedConversion create = planner.childConversion(scope, property.name(), elementsPath, (DeclaredType) element,
                child, label + "[]", new Scope.Role(false, Set.copyOf(createLeftToCaller)));
        NestedConversion update = planner.childConversion(scope, property.name(), elementsPath, (DeclaredType) element,
                child, label + "[]", new Scope.Role(true, Set.copyOf(leftToCaller)));
        if (create == null || update == null) {
            return null;
        }
        return new PropertyPlan(property, plan.value(), plan.valueType(), new Coercion.ChildMerge(plan.valueType(),
                property.type(), parent, entities.managedCollectionGetter(parent, property).orElseThrow().accessor(), create,
                update, sourceId.get(), childId.get(),
                backSetter.map(DestinationProperty::writer).orElse(null)));
    }

    /**
     * The source collection of models, named like the property, whose elements are merged into a
     * managed collection of child entities (not a collection of ids, which become references).
     */
    private Optional<SourceProperty> childElements(Scope scope, DeclaredType parent, DestinationProperty property,
            Map<String, SourceProperty> sourceProperties) {
        if (!entities.isEntityCollection(property.type()) || entities.managedCollectionGetter(parent, property).isEmpty()) {
            return Optional.empty();
        }
        List<LinkRule> rules = scope.tree().rulesFor(property.name());
        String name = property.name();
        if (rules.size() == 1 && rules.get(0) instanceof LinkRule.FromPath link && link.path().size() == 1
                && link.coercers().isEmpty()) {
            name = link.path().get(0);
        } else if (!rules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(sourceProperties.get(name)).filter(read ->
                shapes.sourceShape(read.type()).isPresent() && shapes.isModel(shapes.innermostElement(read.type()))
                        && !jpa.isEntity(shapes.innermostElement(read.type())));
    }

    /** A collection of new entities made from models: in an update it would replace the managed children. */
    private boolean createsChildEntities(PropertyPlan plan) {
        return plan.coercion() instanceof Coercion.ContainerCopy copy
                && copy.element() instanceof Coercion.ModelCall && jpa.isEntity(copy.element().destination());
    }
}

package io.transmute.processor.coercion;

import io.transmute.processor.coercion.Coercion.Assign;
import io.transmute.processor.coercion.Coercion.ContainerCopy;
import io.transmute.processor.coercion.Coercion.EnumMapping;
import io.transmute.processor.coercion.Coercion.MethodCall;
import io.transmute.processor.coercion.Coercion.ModelCall;
import io.transmute.processor.coercion.Coercion.OptionalMap;
import io.transmute.processor.coercion.Coercion.OptionalWrap;
import io.transmute.processor.coercion.Coercion.Unbox;
import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.diagnostics.Suggestions;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.ConverterType;
import io.transmute.processor.model.EnumNaming;
import io.transmute.processor.model.ModelExclusion;
import io.transmute.processor.model.Plugins;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.UserMethod;
import io.transmute.processor.model.property.SourceProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Chooses the coercion for a pair of types, in the documented order: the link's coercer, a
 * {@code @Coercer} method, assignment, another {@code @Converter}, a nested model conversion,
 * containers element-wise, enum to enum by name; otherwise a compile error.
 */
public final class CoercionResolver {
    private final TypeTools tools;
    private final TypeShapes shapes;
    private final Diagnostics diagnostics;
    private final ConverterType converterType;
    private final EnumNaming enums;
    private final ModelExclusion exclusions;
    private final Function<TypeMirror, Optional<SourceProperty>> entityIdProperty;

    /**
     * @param plugins how enum constants match, and which types are never nested models
     * @param entityIdProperty the id property of an entity type, read through its getter; empty for
     *     other types
     */
    public CoercionResolver(TypeTools tools, Diagnostics diagnostics, ConverterType converterType,
            Plugins plugins, Function<TypeMirror, Optional<SourceProperty>> entityIdProperty) {
        this.enums = plugins.enums();
        this.exclusions = plugins.exclusions();
        this.entityIdProperty = entityIdProperty;
        this.tools = tools;
        this.shapes = new TypeShapes(tools);
        this.diagnostics = diagnostics;
        this.converterType = converterType;
    }

    /** The coercion, or null after reporting why there is none. */
    public Coercion resolve(CoercionRequest request) {
        tools.requireResolved(request.source());
        tools.requireResolved(request.destination());
        if (!isAccessible(request.source(), request.sourceLabel(), request)
                || !isAccessible(request.destination(), request.destinationLabel(), request)) {
            return null;
        }
        if (!request.linkCoercers().isEmpty()) {
            return linkCoercer(request);
        }
        Optional<SourceProperty> id = request.entityIds() ? entityIdProperty.apply(request.source()) : Optional.empty();
        if (id.isPresent()) {
            return entityId(request, id.get());
        }
        if (isReference(request)) {
            return reference(request);
        }
        if (!request.hasNestedLinks()) {
            // The type's own methods come before those of the types it uses.
            MostSpecific.Result<UserMethod> coercer = MostSpecific.of(applicableCoercers(request), tools);
            if (coercer.best().isEmpty() && !coercer.isAmbiguous()) {
                coercer = MostSpecific.of(applicable(converterType.usedCoercers(), request), tools);
            }
            if (coercer.isAmbiguous()) {
                return ambiguous(request, coercer);
            }
            if (coercer.best().isPresent()) {
                UserMethod method = coercer.best().get();
                return new MethodCall(request.source(), request.destination(), method, skipsNull(request));
            }
            if (shapes.isUnbuildableContainer(request.destination())
                    && shapes.sourceShape(request.source()).isPresent()) {
                return noCoercion(request, tools.display(request.destination()) + " is not a container type"
                        + " Transmute creates, and sharing the source's container would let changes to one show"
                        + " in the other");
            }
            Coercion assignment = assignment(request);
            if (assignment != null) {
                return assignment;
            }
            MostSpecific.Result<UserMethod> converter = MostSpecific.of(reusableConverters(request), tools);
            if (converter.best().isEmpty() && !converter.isAmbiguous()) {
                converter = MostSpecific.of(usedConverters(request), tools);
            }
            if (converter.isAmbiguous()) {
                return ambiguous(request, converter);
            }
            if (converter.best().isPresent()) {
                return new MethodCall(request.source(), request.destination(), converter.best().get(), false);
            }
        }
        if (shapes.isModel(request.source()) && shapes.isModel(request.destination())) {
            Optional<String> excluded = excluded(request.source()).or(() -> excluded(request.destination()));
            if (excluded.isPresent()) {
                return noCoercion(request, excluded.get());
            }
            ModelConversion conversion = request.context().models().convert(
                    (DeclaredType) request.source(), (DeclaredType) request.destination(),
                    request.sourceLabel(), request.destinationLabel());
            return conversion == null ? null : new ModelCall(conversion);
        }
        if (shapes.isOptional(request.destination()) || shapes.targetShape(request.destination()).isPresent()) {
            return container(request);
        }
        if (tools.isEnum(request.source()) && tools.isEnum(request.destination()) && !request.hasNestedLinks()) {
            return enumMapping(request);
        }
        return noCoercion(request, request.hasNestedLinks()
                ? "links reach inside " + request.destinationLabel() + ", but it is not a model"
                : "no rule converts " + tools.display(request.source()) + " to "
                        + tools.display(request.destination()));
    }

    /**
     * Ids to entities: a destination entity (or collection of entities) from a value of its id type
     * (or a collection of them) becomes references through the method's EntityManager.
     */
    private boolean isReference(CoercionRequest request) {
        return entityIdProperty.apply(request.destination()).filter(id -> isIdOf(request.source(), id)).isPresent()
                || referencedEntity(request).isPresent();
    }

    /** The entity of a collection of references filled from a collection of ids. */
    private Optional<TypeMirror> referencedEntity(CoercionRequest request) {
        boolean iterable = shapes.sourceShape(request.source()).filter(shape -> shape != ContainerShape.MAP).isPresent();
        boolean collection = shapes.targetShape(request.destination())
                .filter(shape -> shape == ContainerShape.LIST || shape == ContainerShape.SET).isPresent();
        if (!iterable || !collection) {
            return Optional.empty();
        }
        TypeMirror entity = shapes.targetElementType(request.destination());
        return entityIdProperty.apply(entity)
                .filter(id -> isIdOf(shapes.elementType(request.source()), id))
                .map(id -> entity);
    }

    private Coercion reference(CoercionRequest request) {
        Capture entityManager = request.context().entityManager();
        if (!request.context().jpaSupport()) {
            diagnostics.error(request.anchor(), Message.JPA_SUPPORT_MISSING, request.context().method(),
                    "references to " + tools.display(request.destination()));
            return null;
        }
        if (entityManager == null) {
            diagnostics.error(request.anchor(), Message.NEEDS_ENTITY_MANAGER, request.destinationLabel(),
                    tools.display(request.destination()), request.sourceLabel(), tools.display(request.source()),
                    request.context().method());
            return null;
        }
        boolean checked = request.context().checkedReferences();
        Capture through = entityManager;
        if (checked) {
            through = request.context().referenceCheck();
            if (through == null) {
                diagnostics.error(request.anchor(), Message.JPA_SUPPORT_MISSING, request.context().method(),
                        "checked references to " + tools.display(request.destination()));
                return null;
            }
        }
        Optional<TypeMirror> entity = referencedEntity(request);
        return entity.isPresent()
                ? new Coercion.EntityReferences(request.source(), request.destination(), entity.get(), through,
                        checked, request.runtimeDestinationLabel())
                : new Coercion.EntityReference(request.source(), request.destination(), through, checked,
                        request.runtimeDestinationLabel());
    }

    /** A value of the entity's id type (an {@code @EmbeddedId} class too), but not an entity itself. */
    private boolean isIdOf(TypeMirror value, SourceProperty id) {
        return entityIdProperty.apply(value).isEmpty() && tools.isAssignable(tools.boxed(value), tools.boxed(id.type()));
    }

    private Coercion entityId(CoercionRequest request, SourceProperty id) {
        TypeMirror idType = tools.boxed(id.type());
        Coercion idCoercion = resolve(request.forId(idType, id.name()));
        return idCoercion == null ? null
                : new Coercion.EntityId(request.source(), request.destination(), id, idCoercion);
    }

    private Coercion linkCoercer(CoercionRequest request) {
        List<UserMethod> usable = new ArrayList<>();
        for (UserMethod method : request.linkCoercers()) {
            if (method.parameterTypes().size() == 1
                    && tools.isAssignable(request.source(), method.parameterTypes().get(0))
                    && tools.isAssignable(method.returnType(), request.destination())) {
                usable.add(method);
            }
        }
        MostSpecific.Result<UserMethod> chosen = MostSpecific.of(usable, tools);
        if (chosen.isAmbiguous()) {
            return ambiguous(request, chosen);
        }
        if (chosen.best().isEmpty()) {
            UserMethod named = request.linkCoercers().get(0);
            diagnostics.error(request.coercerAnchor(), Message.COERCER_MISMATCH,
                    named.describe(tools), request.sourceLabel(), tools.display(request.source()),
                    request.destinationLabel(), tools.display(request.destination()),
                    tools.display(request.source()), tools.display(request.destination()));
            return null;
        }
        return new MethodCall(request.source(), request.destination(), chosen.best().get(), skipsNull(request));
    }

    private List<UserMethod> applicableCoercers(CoercionRequest request) {
        return applicable(converterType.coercers(), request);
    }

    private List<UserMethod> applicable(List<UserMethod> coercers, CoercionRequest request) {
        List<UserMethod> applicable = new ArrayList<>();
        for (UserMethod method : coercers) {
            if (method.parameterTypes().size() == 1 && !method.isAbstract()
                    && tools.isAssignable(request.source(), method.parameterTypes().get(0))
                    && tools.isAssignable(method.returnType(), request.destination())) {
                applicable.add(method);
            }
        }
        return applicable;
    }

    /** Other converters that take exactly the source type and return exactly the destination type. */
    private List<UserMethod> reusableConverters(CoercionRequest request) {
        List<UserMethod> reusable = new ArrayList<>();
        // A method is never implemented by another of the same signature: two such methods would call
        // each other forever.
        boolean implementingThisPair = request.excluded() != null;
        ConverterMethod caller = request.context().converter();
        for (ConverterMethod converter : converterType.converters()) {
            if (converter.parameters().size() == 1 && !implementingThisPair
                    && converter.unloaded() == caller.unloaded() && converter.references() == caller.references()
                    && tools.isSame(converter.source().type(), request.source())
                    && tools.isSame(converter.destinationType(), request.destination())) {
                converterType.methods().stream()
                        .filter(m -> m.element().equals(converter.element()))
                        .findFirst().ifPresent(reusable::add);
            }
        }
        return reusable;
    }

    /**
     * The used types' converters that take exactly the source type and return exactly the
     * destination type. Their policies are their own: the type's configuration chose to use them.
     */
    private List<UserMethod> usedConverters(CoercionRequest request) {
        List<UserMethod> reusable = new ArrayList<>();
        for (UserMethod method : converterType.usedConverters()) {
            if (method.parameterTypes().size() == 1 && !method.element().getReturnType().getKind().equals(TypeKind.VOID)
                    && tools.isSame(method.parameterTypes().get(0), request.source())
                    && tools.isSame(method.returnType(), request.destination())) {
                reusable.add(method);
            }
        }
        return reusable;
    }

    /** Assignment, unless the destination is a container Transmute builds: those are copied. */
    private Coercion assignment(CoercionRequest request) {
        TypeMirror source = request.source();
        TypeMirror destination = request.destination();
        // Containers are copied, never shared; an Optional's content may need copying or a null
        // Optional may need to become an empty one.
        boolean copies = shapes.targetShape(destination).isPresent() && shapes.sourceShape(source).isPresent()
                || shapes.isOptional(destination);
        if (copies || !tools.isAssignable(source, destination)) {
            return null;
        }
        if (!tools.isPrimitive(source) && tools.isPrimitive(destination)) {
            return new Unbox(source, destination, request.runtimeSourceLabel() + " is null, but "
                    + request.runtimeDestinationLabel() + " is a primitive " + destination);
        }
        return new Assign(source, destination);
    }

    private Coercion container(CoercionRequest request) {
        TypeMirror source = request.source();
        TypeMirror destination = request.destination();
        if (shapes.isOptional(destination)) {
            TypeMirror target = shapes.targetElementType(destination);
            if (shapes.isOptional(source)) {
                Coercion element = resolve(request.forElements(shapes.elementType(source), target, ".get()"));
                return element == null ? null : new OptionalMap(source, destination, element);
            }
            Coercion element = resolve(request.forElements(source, target, ""));
            return element == null ? null : new OptionalWrap(source, destination, element);
        }
        if (shapes.isGenericArray(destination)) {
            return noCoercion(request, "Java cannot create an array of the generic type "
                    + tools.display(((ArrayType) destination).getComponentType()));
        }
        ContainerShape target = shapes.targetShape(destination).orElseThrow();
        Optional<ContainerShape> from = shapes.sourceShape(source);
        if (from.isEmpty() || (target == ContainerShape.MAP) != (from.get() == ContainerShape.MAP)) {
            return noCoercion(request, tools.display(source) + " is not "
                    + (target == ContainerShape.MAP ? "a Map" : "an array, Iterable or Collection"));
        }
        Coercion key = null;
        if (target == ContainerShape.MAP) {
            key = resolve(request.forKeys(shapes.keyType(source), shapes.targetKeyType(destination)));
            if (key == null) {
                return null;
            }
        }
        Coercion element = resolve(request.forElements(
                shapes.elementType(source), shapes.targetElementType(destination), "[]"));
        return element == null ? null
                : new ContainerCopy(source, from.get(), destination, target, key, element);
    }

    /** Why a model may not be converted automatically, if a MappingExclusionProvider excludes it. */
    private Optional<String> excluded(TypeMirror model) {
        return exclusions.excludedBy(tools.typeElement(model).orElseThrow()).map(provider ->
                "the MapStruct MappingExclusionProvider " + provider + " excludes " + tools.display(model)
                        + " from automatic nested conversions");
    }

    /**
     * Each source constant to the destination constant the enum strategy gives the same name; one
     * that stands for null to the destination's constant that does, else to the destination's null
     * constant, else to null.
     */
    private Coercion enumMapping(CoercionRequest request) {
        TypeElement sourceEnum = tools.typeElement(request.source()).orElseThrow();
        TypeElement destinationEnum = tools.typeElement(request.destination()).orElseThrow();
        Map<String, String> destinationByName = new LinkedHashMap<>();
        String destinationForNull = null;
        for (String constant : enumConstants(request.destination())) {
            Optional<String> name = enums.matchName(destinationEnum, constant);
            if (name.isPresent()) {
                destinationByName.putIfAbsent(name.get(), constant);
            } else if (destinationForNull == null) {
                destinationForNull = constant;
            }
        }
        Optional<String> nullConstant = enums.nullConstant(destinationEnum);
        List<EnumMapping.Case> cases = new ArrayList<>();
        boolean complete = true;
        for (String constant : enumConstants(request.source())) {
            Optional<String> name = enums.matchName(sourceEnum, constant);
            String destination = name.isPresent() ? destinationByName.get(name.get())
                    : destinationForNull != null ? destinationForNull : nullConstant.orElse(null);
            if (name.isPresent() && destination == null) {
                String described = name.get().equals(constant) ? constant
                        : name.get() + " (the name of " + tools.display(request.source()) + "." + constant + ")";
                diagnostics.error(request.anchor(), Message.ENUM_CONSTANT_MISSING,
                        request.sourceLabel(), tools.display(request.source()),
                        request.destinationLabel(), tools.display(request.destination()),
                        tools.display(request.destination()), described,
                        Suggestions.hint(name.get(), destinationByName.keySet()),
                        tools.display(request.source()), tools.display(request.destination()));
                complete = false;
            }
            cases.add(new EnumMapping.Case(constant, destination));
        }
        return complete ? new EnumMapping(request.source(), request.destination(), cases, nullConstant.orElse(null),
                enums.unexpectedValueException().asType()) : null;
    }

    private List<String> enumConstants(TypeMirror type) {
        TypeElement element = tools.typeElement(type).orElseThrow();
        return element.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }

    /** Generated code must be able to name the type; otherwise it would not compile. */
    private boolean isAccessible(TypeMirror type, String label, CoercionRequest request) {
        Optional<TypeElement> inaccessible = tools.inaccessiblePart(type, converterType.packageElement());
        if (inaccessible.isEmpty()) {
            return true;
        }
        diagnostics.error(request.anchor(), Message.NOT_ACCESSIBLE, label, tools.display(type),
                inaccessible.get().getQualifiedName(), converterType.packageElement().getQualifiedName(),
                converterType.implementationName());
        return false;
    }

    /** Null is not passed to user coercers: a reference source gives null for a reference destination. */
    private boolean skipsNull(CoercionRequest request) {
        return !tools.isPrimitive(request.source()) && !tools.isPrimitive(request.destination());
    }

    private Coercion ambiguous(CoercionRequest request, MostSpecific.Result<UserMethod> result) {
        diagnostics.error(request.anchor(), Message.AMBIGUOUS_METHODS,
                request.sourceLabel(), tools.display(request.source()),
                request.destinationLabel(), tools.display(request.destination()),
                result.tied().get(0).describe(tools), result.tied().get(1).describe(tools));
        return null;
    }

    private Coercion noCoercion(CoercionRequest request, String reason) {
        diagnostics.error(request.anchor(), Message.NO_COERCION,
                request.sourceLabel(), tools.display(request.source()),
                request.destinationLabel(), tools.display(request.destination()), reason,
                tools.display(request.source()), tools.display(request.destination()));
        return null;
    }
}

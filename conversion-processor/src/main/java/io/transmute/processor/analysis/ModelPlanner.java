package io.transmute.processor.analysis;

import io.transmute.processor.analysis.ValueSource.CapturedValue;
import io.transmute.processor.analysis.ValueSource.Constant;
import io.transmute.processor.analysis.ValueSource.FactoryValue;
import io.transmute.processor.analysis.ValueSource.ParameterValue;
import io.transmute.processor.analysis.ValueSource.SourcePath;
import io.transmute.processor.coercion.Capture;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.CoercionRequest;
import io.transmute.processor.coercion.CoercionResolver;
import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.diagnostics.Suggestions;
import io.transmute.processor.model.AllowUnlinkedDecl;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.ConverterMethod.Parameter;
import io.transmute.processor.model.ConverterType;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.UnlinkedPolicy;
import io.transmute.processor.model.UnloadedPolicy;
import io.transmute.processor.jpa.JpaTypes;
import io.transmute.processor.model.UserMethod;
import io.transmute.processor.model.property.Construction;
import io.transmute.processor.model.property.DestinationConstruction;
import io.transmute.processor.model.property.DestinationConstruction.NotConstructible;
import io.transmute.processor.model.property.DestinationProperty;
import io.transmute.processor.model.property.SourceProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Links each destination property of a model to its value, in the documented order: a link or
 * constant, an extra parameter of the same name, a source property of the same name, allowUnlinked;
 * otherwise a compile error. Then asks the {@link CoercionResolver} how to convert the value.
 */
final class ModelPlanner {
    private final TypeTools tools;
    private final TypeShapes shapes;
    private final Diagnostics diagnostics;
    private final ConverterType converterType;
    private final SourcePaths paths;
    private final DestinationConstruction constructions;
    private final ConstantLiterals literals;
    private final CoercionResolver resolver;
    private final ConversionPlanner planner;
    private final JpaTypes jpa;
    private final EntityNaming entities;
    private final AmbiguousSetters setters;
    private final OverloadChoice overloads;

    ModelPlanner(TypeTools tools, Diagnostics diagnostics, ConverterType converterType, SourcePaths paths,
            DestinationConstruction constructions, CoercionResolver resolver, ConversionPlanner planner,
            JpaTypes jpa) {
        this.jpa = jpa;
        this.entities = new EntityNaming(tools, jpa, paths);
        this.tools = tools;
        this.shapes = new TypeShapes(tools);
        this.diagnostics = diagnostics;
        this.setters = new AmbiguousSetters(tools, diagnostics);
        this.overloads = new OverloadChoice(tools);
        this.converterType = converterType;
        this.paths = paths;
        this.constructions = constructions;
        this.literals = new ConstantLiterals(tools);
        this.resolver = resolver;
        this.planner = planner;
    }

    /** A planned model conversion and the values it needs from its caller. */
    record Planned(ModelPlan plan, List<Capture> captures) {
    }

    /**
     * A linked value before coercion, with what messages and nested links need to know of it.
     * {@code skippedLazy} names the lazy attribute ({@code Book.author}) that Unloaded.SKIP reads as
     * null on the way to the value, if any.
     */
    private record Value(ValueSource source, TypeMirror type, String label, String runtimeLabel,
            Optional<List<String>> rootPath,
            List<UserMethod> coercers, Anchor anchor, Anchor coercerAnchor, Optional<String> skippedLazy) {

        Value(ValueSource source, TypeMirror type, String label, String runtimeLabel,
                Optional<List<String>> rootPath, List<UserMethod> coercers, Anchor anchor, Anchor coercerAnchor) {
            this(source, type, label, runtimeLabel, rootPath, coercers, anchor, coercerAnchor,
                    source instanceof SourcePath path ? path.lazyReads().stream()
                            .filter(read -> read.policy() == UnloadedPolicy.SKIP)
                            .map(read -> read.entity() + "." + read.attribute()).findFirst()
                            : Optional.empty());
        }

        /** The value with a primitive type boxed: a SKIP read may give null. */
        Value boxed(TypeTools tools) {
            return skippedLazy.isEmpty() ? this : new Value(source, tools.boxed(type), label, runtimeLabel,
                    rootPath, coercers, anchor, coercerAnchor, skippedLazy);
        }
    }

    Planned plan(Scope scope, DeclaredType source, DeclaredType destination) {
        Construction construction;
        try {
            construction = constructions.construction(destination, converterType.packageElement(),
                    scope.method().builders());
        } catch (NotConstructible e) {
            diagnostics.error(methodAnchor(scope), Message.NOT_CONSTRUCTIBLE, tools.display(destination),
                    scope.top() ? "the result of " + scope.method().name() + "()" : scope.destinationLabel(),
                    e.getMessage());
            return null;
        }
        reportUnknownPaths(scope.tree(), construction);
        Map<String, SourceProperty> sourceProperties = paths.propertiesOf(source);
        Map<Object, Capture> captures = new LinkedHashMap<>();
        Map<Object, CaptureArgument> captureArguments = new LinkedHashMap<>();
        List<PropertyPlan> properties = new ArrayList<>();
        boolean complete = true;
        for (DestinationProperty property : construction.properties()) {
            PropertyPlan plan = entities.entityKey(destination, property).isPresent()
                    ? planEntityKey(scope, property, entities.entityKey(destination, property).get(), sourceProperties, captures,
                            captureArguments)
                    : planProperty(scope, property, sourceProperties, captures, captureArguments);
            if (plan == null || !setters.check(scope, destination, plan)) {
                complete = false;
            } else {
                properties.add(plan);
            }
        }
        if (!complete || !allWritable(scope, construction, sourceProperties)) {
            return null;
        }
        return new Planned(new ModelPlan(source, construction, properties,
                List.copyOf(captureArguments.values())),
                new ArrayList<>(captures.values()));
    }

    /**
     * A source property that names a property of the built type its builder cannot write is an
     * error rather than silently dropped, unless allowUnlinked lists it.
     */
    private boolean allWritable(Scope scope, Construction construction, Map<String, SourceProperty> sourceProperties) {
        if (construction.builder() == null) {
            return true;
        }
        boolean writable = true;
        for (String name : construction.builder().unwritable()) {
            if (sourceProperties.containsKey(name) && scope.tree().allowUnlinked(name).isEmpty()) {
                String path = scope.pathPrefix() + name;
                diagnostics.error(methodAnchor(scope), Message.BUILDER_CANNOT_WRITE, scope.sourceLabel() + "." + name,
                        scope.destinationLabel(), name, tools.display(construction.builder().builderType()),
                        Character.toUpperCase(name.charAt(0)) + name.substring(1), path);
                writable = false;
            }
        }
        return writable;
    }

    /**
     * An entity's @Id or @Version is filled only by an explicit link: a property or parameter of
     * the same name is an error (the user must say which they mean), and without one it stays unset.
     */
    private PropertyPlan planEntityKey(Scope scope, DestinationProperty property, String key,
            Map<String, SourceProperty> sourceProperties, Map<Object, Capture> captures,
            Map<Object, CaptureArgument> captureArguments) {
        if (!scope.tree().rulesFor(property.name()).isEmpty()
                || scope.role().leftToCaller().contains(property.name())) {
            return planProperty(scope, property, sourceProperties, captures, captureArguments);
        }
        String path = scope.pathPrefix() + property.name();
        Optional<Parameter> parameter = scope.parametersByName()
                ? sameNameParameter(scope, property) : Optional.empty();
        String sameName = parameter.map(p -> "parameter " + p.name()).orElseGet(() ->
                sourceProperties.containsKey(property.name()) ? scope.sourceLabel() + "." + property.name() : null);
        if (sameName != null && scope.tree().allowUnlinked(property.name()).isEmpty()) {
            diagnostics.error(methodAnchor(scope), Message.IMPLICIT_ID, scope.destinationLabel() + "." + property.name(),
                    tools.display(property.type()), key, sameName, property.name(), path, path);
            return null;
        }
        return new PropertyPlan(property, new ValueSource.Unlinked(), null, null);
    }

    PropertyPlan planProperty(Scope scope, DestinationProperty property,
            Map<String, SourceProperty> sourceProperties, Map<Object, Capture> captures,
            Map<Object, CaptureArgument> captureArguments) {
        String destinationLabel = scope.destinationLabel() + "." + property.name();
        tools.requireResolved(property.type());
        List<LinkRule> rules = scope.tree().rulesFor(property.name());
        for (LinkRule duplicate : rules.subList(Math.min(1, rules.size()), rules.size())) {
            diagnostics.error(duplicate.toAnchor(), Message.DUPLICATE_LINK,
                    destinationLabel, rules.get(0).describe(), duplicate.describe());
        }
        Optional<AllowUnlinkedDecl> allowed = scope.tree().allowUnlinked(property.name());
        if (allowed.isPresent() && tools.isPrimitive(property.type())) {
            diagnostics.error(allowed.get().anchor(), Message.PRIMITIVE_ALLOW_UNLINKED, destinationLabel,
                    property.type(), "its box type " + tools.display(tools.boxed(property.type())));
        }
        Optional<Parameter> parameter = scope.parametersByName()
                ? sameNameParameter(scope, property) : Optional.empty();
        if (!rules.isEmpty() && rules.get(0) instanceof LinkRule.Failed) {
            return null;
        }
        if (rules.isEmpty() && scope.role().leftToCaller().contains(property.name())) {
            return new PropertyPlan(property, new ValueSource.Unlinked(), null, null);
        }
        Optional<SourceProperty> association = Optional.empty();
        Value value;
        if (!rules.isEmpty()) {
            value = ruleValue(rules.get(0), scope, property, captures);
        } else if (parameter.isPresent()) {
            value = ruleValue(planner.passedParameter(parameter.get(), scope.method()), scope, property, captures);
        } else if (sourceProperties.containsKey(property.name())) {
            SourceProperty read = sourceProperties.get(property.name());
            value = new Value(sourcePath(scope, List.of(read)), read.type(),
                    scope.sourceLabel() + "." + read.name(), scope.runtimeSourceLabel() + "." + read.name(),
                    scope.rootPath().map(root -> ConversionPlanner.append(root, read.name())),
                    List.of(), methodAnchor(scope), null);
        } else if ((association = entities.idSource(property.name(), sourceProperties)).isPresent()) {
            SourceProperty read = association.get();
            // The id of an uninitialised proxy is known without loading it: no lazy guard for a *ToOne.
            SourcePath path = jpa.isEntity(read.type()) ? new SourcePath(List.of(read)) : sourcePath(scope, List.of(read));
            value = new Value(path, read.type(),
                    scope.sourceLabel() + "." + read.name(), scope.runtimeSourceLabel() + "." + read.name(),
                    Optional.empty(), List.of(), methodAnchor(scope), null);
        } else if (entities.referenceSource(property, sourceProperties).isPresent()) {
            SourceProperty read = entities.referenceSource(property, sourceProperties).get();
            value = new Value(sourcePath(scope, List.of(read)), read.type(),
                    scope.sourceLabel() + "." + read.name(), scope.runtimeSourceLabel() + "." + read.name(),
                    Optional.empty(), List.of(), methodAnchor(scope), null);
        } else if (allowed.isPresent() || scope.updating()) {
            return leaveUnset(scope, property, destinationLabel);
        } else if (scope.method().unlinked() != UnlinkedPolicy.ERROR) {
            return leaveEmpty(scope, property, destinationLabel, sourceProperties);
        } else {
            reportUnlinked(scope, property, destinationLabel, sourceProperties);
            return null;
        }
        if (value == null) {
            return null;
        }
        value = value.boxed(tools);
        tools.requireResolved(value.type());
        if (!(value.source() instanceof Constant)) {
            property = overloads.forValue(property, value.type());
        }
        if (!holdsSkippedNull(scope, property, value, destinationLabel)) {
            return null;
        }
        LinkTree inside = scope.tree().child(property.name());
        if (!inside.isEmpty() && !canReachInside(value, property)) {
            reportUnreachable(inside, destinationLabel, property, value);
            return null;
        }
        Coercion coercion = value.source() instanceof Constant
                ? new Coercion.Assign(property.type(), property.type())
                : resolver.resolve(new CoercionRequest(value.type(), property.type(), value.label(),
                        destinationLabel, value.runtimeLabel(), scope.runtimeDestinationLabel() + "." + property.name(),
                        value.anchor(), value.coercers(), value.coercerAnchor(), !inside.isEmpty(), null,
                        association.isPresent(), planner.context(scope.method(), planner.nestedModels(scope, inside,
                                value.rootPath(), scope.pathPrefix() + property.name() + ".", false))));
        if (coercion == null || captureArguments(scope, coercion, captures, captureArguments) == null) {
            return null;
        }
        return new PropertyPlan(property, value.source(), value.type(), coercion);
    }

    /** Resolves, in this scope, the values that the coercion's nested conversions need. */
    List<CaptureArgument> captureArguments(Scope scope, Coercion coercion, Map<Object, Capture> captures) {
        Map<Object, CaptureArgument> arguments = new LinkedHashMap<>();
        return captureArguments(scope, coercion, captures, arguments) == null
                ? null : List.copyOf(arguments.values());
    }

    Map<Object, CaptureArgument> captureArguments(Scope scope, Coercion coercion,
            Map<Object, Capture> captures, Map<Object, CaptureArgument> arguments) {
        for (Capture capture : coercion.captures()) {
            if (!arguments.containsKey(capture.key())) {
                Value value = ruleValue((LinkRule) capture.key(), scope, null, captures);
                if (value == null) {
                    return null;
                }
                arguments.put(capture.key(), new CaptureArgument(capture, value.source()));
            }
        }
        return arguments;
    }

    /**
     * The value a rule gives in this scope: read directly where the scope can (the method's
     * parameters and factories at the top, source paths below this scope's source), otherwise
     * captured from the caller.
     */
    private Value ruleValue(LinkRule rule, Scope scope, DestinationProperty property,
            Map<Object, Capture> captures) {
        if (rule instanceof LinkRule.Literal literal) {
            return literalValue(literal, property, scope);
        }
        if (rule instanceof LinkRule.Factory factory) {
            TypeMirror type = factory.factory().returnType();
            return scope.top()
                    ? value(rule, new FactoryValue(factory.factory()), type, "factory "
                            + factory.factory().name() + "()", Optional.empty())
                    : captured(rule, type, captures, Optional.empty());
        }
        if (rule instanceof LinkRule.ReferenceCheck) {
            TypeMirror type = tools.elements().getTypeElement(ConversionPlanner.REFERENCE_CHECK).asType();
            if (scope.top()) {
                planner.markVerifiesReferences(scope.method());
                String name = planner.referenceCheckName(scope.method());
                return value(rule, new ParameterValue(new Parameter(null, name, type, false)), type,
                        rule.describe(), Optional.empty());
            }
            return captured(rule, type, captures, Optional.empty());
        }
        if (rule instanceof LinkRule.FromParam || rule instanceof LinkRule.PassedParameter) {
            Parameter parameter = rule instanceof LinkRule.FromParam fromParam
                    ? fromParam.parameter() : ((LinkRule.PassedParameter) rule).parameter();
            Optional<List<String>> root = parameter.equals(scope.method().source())
                    ? Optional.of(List.of()) : Optional.empty();
            return scope.top()
                    ? value(rule, new ParameterValue(parameter), parameter.type(),
                            "parameter " + parameter.name(), root)
                    : captured(rule, parameter.type(), captures, root);
        }
        LinkRule.FromPath fromPath = (LinkRule.FromPath) rule;
        String label = tools.display(scope.method().source().type()) + "." + fromPath.decl().from();
        Optional<List<String>> relative = scope.relative(fromPath.path());
        if (relative.isEmpty()) {
            Optional<List<SourceProperty>> fromRoot = paths.resolve(scope.method().source().type(),
                    fromPath.path(), fromPath.decl().from(), fromPath.decl().anchor("from"), true);
            return fromRoot.map(read -> {
                Value captured = captured(rule, tools.boxed(paths.typeOf(read)), captures,
                        Optional.of(fromPath.path()));
                // The caller reads the path, with the lazy steps its policy guards.
                Optional<String> skipped = scope.method().unloaded() != UnloadedPolicy.SKIP ? Optional.empty()
                        : lazySteps(scope.method().source().type(), read).stream().findFirst()
                                .map(step -> tools.display(step.owner()) + "." + step.attribute());
                return new Value(captured.source(), captured.type(), captured.label(), captured.runtimeLabel(),
                        captured.rootPath(), captured.coercers(), captured.anchor(), captured.coercerAnchor(),
                        skipped);
            }).orElse(null);
        }
        Optional<List<SourceProperty>> read = paths.resolve(scope.sourceType(), relative.get(),
                fromPath.decl().from(), fromPath.decl().anchor("from"), true);
        if (read.isEmpty()) {
            return null;
        }
        Optional<SourceProperty> container = paths.firstContainer(read.get());
        if (container.isPresent()) {
            diagnostics.error(fromPath.decl().anchor("from"), Message.PATH_THROUGH_CONTAINER,
                    fromPath.decl().from(), container.get().name(), tools.display(container.get().type()),
                    scope.destinationLabel() + "." + lastSegment(rule.to()));
            return null;
        }
        String runtimeLabel = scope.top() ? label
                : tools.display(scope.sourceType()) + "." + String.join(".", relative.get());
        return new Value(sourcePath(scope, read.get()), paths.typeOf(read.get()), label, runtimeLabel,
                Optional.of(fromPath.path()), rule.coercers(), rule.toAnchor(), rule.coercerAnchor());
    }

    /** A read of {@code path} from the scope's source, with the lazy steps its policy guards. */
    SourcePath sourcePath(Scope scope, List<SourceProperty> path) {
        UnloadedPolicy policy = scope.method().unloaded();
        List<ValueSource.LazyRead> lazyReads = new ArrayList<>();
        for (LazyStep lazy : lazySteps(scope.sourceType(), path)) {
            String entity = tools.display(lazy.owner());
            if (policy == UnloadedPolicy.LOAD || planner.requireJpaSupport(scope.method(),
                    "the unloaded policy " + policy + " of lazy " + entity + "." + lazy.attribute())) {
                lazyReads.add(new ValueSource.LazyRead(lazy.step(), lazy.owner(), entity, lazy.attribute(), policy,
                        converterType.element().getSimpleName() + "." + scope.method().name() + "()"));
            }
        }
        return new SourcePath(path, lazyReads);
    }

    /** Step {@code step} of a path reads the lazy {@code attribute} of the entity type {@code owner}. */
    private record LazyStep(int step, TypeMirror owner, String attribute) {
    }

    /** The steps of {@code path}, read from {@code start}, that read a lazy attribute. */
    private List<LazyStep> lazySteps(TypeMirror start, List<SourceProperty> path) {
        List<LazyStep> steps = new ArrayList<>();
        TypeMirror owner = start;
        for (int step = 0; step < path.size(); step++) {
            String attribute = path.get(step).name();
            // The id of a lazy *ToOne is known without loading it: reading author.id needs no guard.
            boolean readsOnlyId = step == path.size() - 2
                    && jpa.idProperty(path.get(step).type()).filter(path.get(step + 1).name()::equals).isPresent();
            if (jpa.isLazy(owner, attribute) && !readsOnlyId) {
                steps.add(new LazyStep(step, owner, attribute));
            }
            owner = path.get(step).type();
        }
        return steps;
    }

    /**
     * Under Unloaded.SKIP an unloaded lazy attribute reads as null, which a primitive destination
     * cannot hold (unboxing it would throw); only an update that skips nulls can leave it as it is.
     */
    private boolean holdsSkippedNull(Scope scope, DestinationProperty property, Value value, String destinationLabel) {
        if (value.skippedLazy().isEmpty() || !tools.isPrimitive(property.type())
                || scope.updating() && scope.method().nulls() == ConverterMethod.NullPolicy.SKIP) {
            return true;
        }
        diagnostics.error(value.anchor(), Message.UNLOADED_INTO_PRIMITIVE, destinationLabel,
                tools.display(property.type()), value.label(), scope.method().name(), value.skippedLazy().get(),
                tools.display(tools.boxed(property.type())), scope.pathPrefix() + property.name());
        return false;
    }

    private Value value(LinkRule rule, ValueSource source, TypeMirror type, String label,
            Optional<List<String>> rootPath) {
        return new Value(source, type, label, label, rootPath, rule.coercers(), rule.toAnchor(),
                rule.coercerAnchor());
    }

    private Value captured(LinkRule rule, TypeMirror type, Map<Object, Capture> captures,
            Optional<List<String>> rootPath) {
        Capture capture = captures.computeIfAbsent(rule, r -> ConversionPlanner.newCapture(rule, type));
        return value(rule, new CapturedValue(capture), type, rule.describe(), rootPath);
    }

    private Value literalValue(LinkRule.Literal literal, DestinationProperty property, Scope scope) {
        TypeMirror type = property.type();
        String label = scope.destinationLabel() + "." + property.name();
        if (!literals.supports(type)) {
            diagnostics.error(literal.decl().anchor("to"), Message.CONSTANT_UNSUPPORTED_TYPE,
                    literal.to(), label, tools.display(type));
            return null;
        }
        Optional<Object> parsed = literals.parse(literal.decl().value(), type);
        if (parsed.isEmpty()) {
            String hint = tools.isEnum(type)
                    ? Suggestions.hint(literal.decl().value(), literals.enumConstants(type)) : "";
            diagnostics.error(literal.decl().anchor("value"), Message.CONSTANT_UNPARSEABLE,
                    literal.to(), literal.decl().value(), tools.display(type), label, hint);
            return null;
        }
        return value(literal, new Constant(type, parsed.get()), type, literal.describe(), Optional.empty());
    }

    /** Links inside a property need a nested model conversion, possibly inside containers. */
    private boolean canReachInside(Value value, DestinationProperty property) {
        return !(value.source() instanceof Constant) && value.coercers().isEmpty()
                && shapes.isModel(shapes.innermostElement(value.type()))
                && shapes.isModel(shapes.innermostTargetElement(property.type()));
    }

    private void reportUnreachable(LinkTree inside, String destinationLabel, DestinationProperty property,
            Value value) {
        for (List<Object> declarations : inside.mentions().values()) {
            for (Object declaration : declarations) {
                String describe = declaration instanceof LinkRule rule ? rule.describe()
                        : "allowUnlinked \"" + ((AllowUnlinkedDecl) declaration).path() + "\"";
                Anchor anchor = declaration instanceof LinkRule rule ? rule.toAnchor()
                        : ((AllowUnlinkedDecl) declaration).anchor();
                diagnostics.error(anchor, Message.NESTED_LINK_NOT_APPLICABLE, describe, destinationLabel,
                        destinationLabel, tools.display(property.type()), value.label(),
                        tools.display(value.type()));
            }
        }
    }

    void reportUnknownPaths(LinkTree tree, Construction construction) {
        String owner = tools.display(construction.type());
        tree.mentions().forEach((name, declarations) -> {
            if (construction.property(name).isPresent()) {
                return;
            }
            boolean builderCannotWrite = construction.builder() != null
                    && construction.builder().unwritable().contains(name);
            String hint = Suggestions.hint(name, construction.propertyNames());
            for (Object declaration : declarations) {
                if (declaration instanceof LinkRule rule) {
                    diagnostics.error(rule.toAnchor(), Message.UNKNOWN_TO,
                            rule.annotation(), rule.to(), owner, name, hint);
                } else if (!builderCannotWrite) {
                    AllowUnlinkedDecl allowed = (AllowUnlinkedDecl) declaration;
                    diagnostics.error(allowed.anchor(), Message.UNKNOWN_ALLOW_UNLINKED,
                            allowed.path(), owner, name, hint);
                }
            }
        });
    }

    private void reportUnlinked(Scope scope, DestinationProperty property, String destinationLabel,
            Map<String, SourceProperty> sourceProperties) {
        String path = scope.pathPrefix() + property.name();
        diagnostics.error(methodAnchor(scope), Message.UNLINKED, destinationLabel,
                tools.display(property.type()), property.name(), unlinkedHint(scope, property, sourceProperties),
                path, path);
    }

    /**
     * Unlinked.WARN and IGNORE leave a property nothing links empty, as allowUnlinked does, except a
     * primitive that a constructor needs: no value stands for "empty" there.
     */
    private PropertyPlan leaveEmpty(Scope scope, DestinationProperty property, String destinationLabel,
            Map<String, SourceProperty> sourceProperties) {
        String path = scope.pathPrefix() + property.name();
        String hint = unlinkedHint(scope, property, sourceProperties);
        if (tools.isPrimitive(property.type()) && property.isConstructorArgument()) {
            diagnostics.error(methodAnchor(scope), Message.UNLINKED_PRIMITIVE, destinationLabel,
                    tools.display(property.type()), property.name(), hint, scope.method().unlinked(), path, path);
            return null;
        }
        PropertyPlan unset = leaveUnset(scope, property, destinationLabel);
        if (unset != null) {
            planner.unlinkedWarnings().leftEmpty(scope.method(), new UnlinkedWarnings.LeftEmpty(destinationLabel,
                    tools.display(property.type()), property.name(), hint, path));
        }
        return unset;
    }

    /** A property nothing fills: left at its default, unless links reach inside it. */
    private PropertyPlan leaveUnset(Scope scope, DestinationProperty property, String destinationLabel) {
        LinkTree inside = scope.tree().child(property.name());
        if (!inside.isEmpty()) {
            // Links reaching inside a property that stays unset would be silently dropped.
            reportUnreachable(inside, destinationLabel, property, new Value(new ValueSource.Unlinked(),
                    property.type(), "nothing (it stays unset)", "", Optional.empty(), List.of(),
                    methodAnchor(scope), null));
            return null;
        }
        return new PropertyPlan(property, new ValueSource.Unlinked(), null, null);
    }

    private String unlinkedHint(Scope scope, DestinationProperty property, Map<String, SourceProperty> sourceProperties) {
        List<String> candidates = new ArrayList<>(sourceProperties.keySet());
        if (scope.parametersByName()) {
            scope.method().extras().stream().filter(extra -> !jpa.isEntityManager(extra.type()))
                    .forEach(extra -> candidates.add(extra.name()));
        }
        return Suggestions.hint(property.name(), candidates);
    }

    /** The rightmost extra parameter named like the property. */
    private Optional<Parameter> sameNameParameter(Scope scope, DestinationProperty property) {
        Parameter found = null;
        for (Parameter extra : scope.method().extras()) {
            if (extra.name().equals(property.name()) && !jpa.isEntityManager(extra.type())) {
                found = extra;
            }
        }
        return Optional.ofNullable(found);
    }

    static Anchor methodAnchor(Scope scope) {
        return Anchor.of(scope.method().element());
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}

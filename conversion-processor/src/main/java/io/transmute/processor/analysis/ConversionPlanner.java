package io.transmute.processor.analysis;

import io.transmute.processor.coercion.Capture;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.CoercionRequest;
import io.transmute.processor.coercion.CoercionResolver;
import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.ConverterMethod.Parameter;
import io.transmute.processor.model.ConverterType;
import io.transmute.processor.model.Plugins;
import io.transmute.processor.model.ReferencePolicy;
import io.transmute.processor.model.UnlinkedPolicy;
import io.transmute.processor.model.UnloadedPolicy;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.jpa.JpaTypes;
import io.transmute.processor.model.property.DestinationConstruction;
import io.transmute.processor.model.property.SourceProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Comparator;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Plans every converter method of one converter type, and the nested conversions they share.
 */
public final class ConversionPlanner {
    /** Real models nest a few levels; more means generic types that grow without end. */
    private static final int MAX_NESTING = 40;

    private final TypeTools tools;
    private final TypeShapes shapes;
    private final CoercionResolver resolver;
    private final LinkTreeBuilder linkTrees;
    private final ModelPlanner models;
    private final UpdatePlanner updates;
    private final Map<String, NestedConversion> shared = new HashMap<>();
    private final Map<Parameter, LinkRule> passedParameters = new HashMap<>();
    private final Map<ConverterMethod, LinkRule> referenceChecks = new HashMap<>();
    private final Set<ConverterMethod> verifying = new HashSet<>();
    /** The run-time class of checked references, in jpa-support. */
    static final String REFERENCE_CHECK = "io.transmute.jpa.ReferenceCheck";
    private static final String ENTITY_STATES = "io.transmute.jpa.EntityStates";
    private final Set<ConverterMethod> missingJpaSupport = new HashSet<>();
    private final Diagnostics diagnostics;
    private final UnlinkedWarnings unlinkedWarnings;
    /** Marks the keys of conversions planned for a method under Unlinked.WARN or IGNORE. */
    private static final String LENIENT = " unlinked lenient";
    private final ConverterType converterType;
    private final JpaTypes jpa;
    private int depth;

    public ConversionPlanner(TypeTools tools, Diagnostics diagnostics, ConverterType converterType,
            SourceProperties sourceProperties, DestinationConstruction constructions, JpaTypes jpa, Plugins plugins) {
        this.tools = tools;
        this.diagnostics = diagnostics;
        this.unlinkedWarnings = new UnlinkedWarnings(diagnostics);
        this.converterType = converterType;
        this.jpa = jpa;
        this.shapes = new TypeShapes(tools);
        this.resolver = new CoercionResolver(tools, diagnostics, converterType, plugins, type -> jpa.isEntity(type)
                ? jpa.idProperty(type).flatMap(id -> Optional.ofNullable(sourceProperties.of((DeclaredType) type,
                        converterType.packageElement()).get(id)))
                : Optional.empty());
        SourcePaths paths = new SourcePaths(tools, sourceProperties, diagnostics, converterType.packageElement());
        this.linkTrees = new LinkTreeBuilder(tools, diagnostics, converterType, paths);
        this.models = new ModelPlanner(tools, diagnostics, converterType, paths, constructions, resolver, this, jpa);
        this.updates = new UpdatePlanner(tools, diagnostics, converterType, paths, constructions, jpa, models, this);
    }

    /** The plan of {@code method}, or null when it has errors (all of them reported). */
    public MethodPlan plan(ConverterMethod method) {
        LinkTree tree = linkTrees.build(method);
        TypeMirror source = method.source().type();
        TypeMirror destination = method.destinationType();
        boolean bothModels = shapes.isModel(source) && shapes.isModel(destination);
        // A model converter's messages name the model types; others name the parameter and result.
        String sourceLabel = bothModels ? tools.display(source) : method.source().name();
        String destinationLabel = bothModels ? tools.display(destination) : method.name() + "()";
        Scope scope = new Scope(method, true, true, source, Optional.of(List.of()),
                sourceLabel, destinationLabel, sourceLabel, destinationLabel, "", tree,
                new Scope.Role(method.into().isPresent(), Set.of()));
        List<ConverterMethod> dispatch = subtypeConverters(method);
        boolean unproxy = !dispatch.isEmpty() && jpa.isEntity(source)
                && requireJpaSupport(method, "unwrapping Hibernate proxies of " + tools.display(source));
        if (!dispatch.isEmpty() && isAbstract(destination)) {
            return new MethodPlan(method, null, null, List.of(), dispatch, unproxy, null);
        }
        if (method.into().isPresent()) {
            if (!bothModels) {
                diagnostics.error(method.into().get().element(), Message.INTO_NOT_UPDATABLE, method.into().get().name(),
                        tools.display(destination), "it is not a model (a class with setters), or the source "
                                + tools.display(source) + " is not one");
                return null;
            }
            ModelPlanner.Planned planned = updates.planUpdate(scope, (DeclaredType) source, (DeclaredType) destination);
            return planned == null ? null : new MethodPlan(method, planned.plan(), null, List.of(), List.of(), false,
                    referenceCheckName(method));
        }
        if (bothModels) {
            ModelPlanner.Planned planned = models.plan(scope, (DeclaredType) source, (DeclaredType) destination);
            return planned == null ? null : new MethodPlan(method, planned.plan(), null, List.of(), dispatch, unproxy,
                    referenceCheckName(method));
        }
        // Containers and other values: the method's links apply inside the elements' conversion.
        Coercion coercion = resolver.resolve(new CoercionRequest(source, destination,
                sourceLabel, destinationLabel, sourceLabel, destinationLabel, Anchor.of(method.element()),
                List.of(), null, !tree.isEmpty(), method.element(), false,
                context(method, nestedModels(scope, tree, scope.rootPath(), "", true))));
        if (coercion == null) {
            return null;
        }
        List<CaptureArgument> captureArguments = models.captureArguments(scope, coercion, new LinkedHashMap<>());
        return captureArguments == null ? null
                : new MethodPlan(method, null, coercion, captureArguments, List.of(), false, referenceCheckName(method));
    }

    /**
     * The other one-parameter converters whose source is a subtype of this method's source and
     * whose destination fits its destination, most specific first.
     */
    private List<ConverterMethod> subtypeConverters(ConverterMethod method) {
        TypeMirror source = method.source().type();
        List<ConverterMethod> subtypes = new ArrayList<>();
        for (ConverterMethod other : converterType.converters()) {
            TypeMirror otherSource = other.source().type();
            if (other != method && other.parameters().size() == 1 && other.source().type().getKind() == TypeKind.DECLARED
                    && tools.isAssignable(otherSource, source) && !tools.isSame(otherSource, source)
                    && tools.isAssignable(other.destinationType(), method.destinationType())) {
                subtypes.add(other);
            }
        }
        subtypes.sort(Comparator.comparingInt((ConverterMethod m) -> depth(m.source().type())).reversed());
        return subtypes;
    }

    private int depth(TypeMirror type) {
        int depth = 0;
        for (TypeMirror current = type; current.getKind() == TypeKind.DECLARED;
                current = ((TypeElement) ((DeclaredType) current).asElement()).getSuperclass()) {
            depth++;
        }
        return depth;
    }

    private boolean isAbstract(TypeMirror type) {
        return tools.typeElement(type)
                .map(element -> element.getKind().isInterface() || element.getModifiers().contains(Modifier.ABSTRACT))
                .orElse(false);
    }

    /** Creates nested conversions for the property a scope is planning, with the links inside it. */
    CoercionRequest.NestedModels nestedModels(Scope parent, LinkTree subtree, Optional<List<String>> rootPath,
            String pathPrefix, boolean parametersByName) {
        return (source, destination, sourceLabel, destinationLabel) -> nested(parent.method(), source,
                destination, subtree, rootPath, sourceLabel, destinationLabel, pathPrefix, parametersByName,
                Scope.Role.CREATE);
    }

    /**
     * The conversions a merge of child entities needs: creating a child from an element, and
     * updating a matched child in place; {@code leftToCaller} are the id and back reference.
     */
    NestedConversion childConversion(Scope parent, String property, List<String> elementsPath,
            DeclaredType source, DeclaredType destination, String label, Scope.Role role) {
        return nested(parent.method(), source, destination, parent.tree().child(property),
                parent.rootPath().map(root -> append(root, elementsPath.get(0))), label, label,
                parent.pathPrefix() + property + ".", false, role);
    }

    /** What the method offers the coercions of one of its properties. */
    CoercionRequest.Context context(ConverterMethod method, CoercionRequest.NestedModels models) {
        Optional<Parameter> entityManager = method.extras().stream()
                .filter(parameter -> jpa.isEntityManager(parameter.type()))
                .findFirst();
        TypeElement referenceCheckType = tools.elements().getTypeElement(REFERENCE_CHECK);
        Capture referenceCheck = entityManager.isPresent() && referenceCheckType != null
                ? new Capture(referenceCheckRule(method), "referenceCheck", referenceCheckType.asType()) : null;
        return new CoercionRequest.Context(models,
                entityManager.map(p -> newCapture(passedParameter(p, method), p.type())).orElse(null),
                method.references() == ReferencePolicy.CHECKED, referenceCheck,
                tools.elements().getTypeElement(ENTITY_STATES) != null, method);
    }

    /**
     * Whether jpa-support, which the generated code for lazy attributes and proxies calls, is on
     * the class path; reports once per method when it is not.
     */
    boolean requireJpaSupport(ConverterMethod method, String purpose) {
        if (tools.elements().getTypeElement(ENTITY_STATES) != null) {
            return true;
        }
        if (missingJpaSupport.add(method)) {
            diagnostics.error(method.element(), Message.JPA_SUPPORT_MISSING, method.name() + "()", purpose);
        }
        return false;
    }

    /** The rule standing for the method's ReferenceCheck, one per method. */
    LinkRule referenceCheckRule(ConverterMethod method) {
        return referenceChecks.computeIfAbsent(method, m -> new LinkRule.ReferenceCheck(Anchor.of(m.element())));
    }

    /**
     * The name of the method's ReferenceCheck when it makes checked references (and so must verify
     * them before returning), distinct from its parameters' names; null otherwise.
     */
    String referenceCheckName(ConverterMethod method) {
        if (!verifying.contains(method)) {
            return null;
        }
        String name = "referenceCheck";
        for (int counter = 2; method.parameter(name).isPresent(); counter++) {
            name = "referenceCheck" + counter;
        }
        return name;
    }

    void markVerifiesReferences(ConverterMethod method) {
        verifying.add(method);
    }

    /** The rule that passes an extra parameter down to nested conversions, one per parameter. */
    LinkRule passedParameter(Parameter parameter, ConverterMethod method) {
        return passedParameters.computeIfAbsent(parameter,
                p -> new LinkRule.PassedParameter(p, Anchor.of(method.element())));
    }

    private NestedConversion nested(ConverterMethod method, DeclaredType source, DeclaredType destination,
            LinkTree subtree, Optional<List<String>> rootPath, String sourceLabel, String destinationLabel,
            String pathPrefix, boolean parametersByName, Scope.Role role) {
        // Conversions of the same types with the same links inside are the same wherever they are
        // used (in any method of the type): plan them once and generate one helper.
        // A path read from the method's source (not the nested one) has the type it has there.
        String key = source + " -> " + destination + " " + subtree.signature(rootPath)
                + (subtree.isEmpty() ? "" : " from " + method.source().type())
                + (parametersByName ? " parameters " + method.extras() : "")
                + (role.equals(Scope.Role.CREATE) ? "" : " " + role.signature() + " nulls " + method.nulls())
                + (method.builders() ? "" : " without builders");
        String policyKey = policyKey(key, method);
        // Under Unlinked.WARN or IGNORE a conversion may leave properties empty that another method's
        // would report; one that links them all serves every method.
        boolean lenient = method.unlinked() != UnlinkedPolicy.ERROR;
        NestedConversion existing = lenient ? existing(key + LENIENT, policyKey(key + LENIENT, method)) : null;
        if (existing == null) {
            NestedConversion strict = existing(key, policyKey);
            existing = lenient && strict != null && strict.failed() ? null : strict;
        }
        if (existing != null) {
            unlinkedWarnings.reused(method, existing, pathPrefix, destinationLabel);
            return existing.failed() ? null : existing;
        }
        if (lenient) {
            key += LENIENT;
            policyKey = policyKey(key, method);
        }
        boolean skipsNulls = role.updating() && method.nulls() == ConverterMethod.NullPolicy.SKIP;
        NestedConversion conversion = new NestedConversion(source, destination, role.updating(), skipsNulls);
        shared.put(policyKey, conversion);
        if (depth >= MAX_NESTING) {
            diagnostics.error(method.element(), Message.NESTING_TOO_DEEP,
                    tools.display(method.source().type()), tools.display(method.destinationType()), MAX_NESTING);
            conversion.fail();
            return null;
        }
        Scope scope = new Scope(method, false, parametersByName, source, rootPath, sourceLabel, destinationLabel,
                tools.display(source), tools.display(destination), pathPrefix, subtree, role);
        depth++;
        unlinkedWarnings.beginNested(pathPrefix);
        ModelPlanner.Planned planned;
        try {
            planned = role.updating() ? updates.planUpdate(scope, source, destination)
                    : models.plan(scope, source, destination);
        } finally {
            depth--;
            unlinkedWarnings.endNested(conversion);
        }
        if (planned == null) {
            conversion.fail();
            return null;
        }
        conversion.complete(planned.plan(), planned.captures());
        if (!conversion.dependsOnPolicies()) {
            shared.putIfAbsent(key, conversion);
        }
        if (lenient && unlinkedWarnings.linksEverything(conversion)) {
            String strictKey = key.substring(0, key.length() - LENIENT.length());
            shared.putIfAbsent(conversion.dependsOnPolicies() ? policyKey(strictKey, method) : strictKey, conversion);
        }
        return conversion;
    }

    private NestedConversion existing(String key, String policyKey) {
        return shared.containsKey(key) && !shared.get(key).dependsOnPolicies() ? shared.get(key) : shared.get(policyKey);
    }

    /**
     * The policies matter only to conversions that read lazy attributes or make entity references;
     * under FAIL the message names the method, so each has its own helpers.
     */
    private static String policyKey(String key, ConverterMethod method) {
        return key + " unloaded " + method.unloaded() + " references " + method.references()
                + (method.unloaded() == UnloadedPolicy.FAIL ? " of " + method.element() : "");
    }

    UnlinkedWarnings unlinkedWarnings() {
        return unlinkedWarnings;
    }

    static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return List.copyOf(longer);
    }

    /** A captured value is named after where it comes from: the source property, parameter or factory. */
    static Capture newCapture(LinkRule rule, TypeMirror type) {
        String name;
        if (rule instanceof LinkRule.FromPath fromPath) {
            // author.name → authorName, which the nested source's own name property cannot take.
            StringBuilder camelCase = new StringBuilder(fromPath.path().get(0));
            for (String segment : fromPath.path().subList(1, fromPath.path().size())) {
                camelCase.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
            name = camelCase.toString();
        } else if (rule instanceof LinkRule.FromParam fromParam) {
            name = fromParam.parameter().name();
        } else if (rule instanceof LinkRule.Factory factory) {
            name = factory.factory().name();
        } else {
            name = rule.to().substring(rule.to().lastIndexOf('.') + 1);
        }
        return new Capture(rule, name, type);
    }
}

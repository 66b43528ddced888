package io.transmute.tests.differential;

import io.transmute.tests.differential.CaseSpec.CoercerSpec;
import io.transmute.tests.differential.CaseSpec.ConstSpec;
import io.transmute.tests.differential.CaseSpec.FactorySpec;
import io.transmute.tests.differential.CaseSpec.LinkSpec;
import io.transmute.tests.differential.CaseSpec.MethodSpec;
import io.transmute.tests.differential.CaseSpec.ModelKind;
import io.transmute.tests.differential.CaseSpec.ModelSpec;
import io.transmute.tests.differential.CaseSpec.Param;
import io.transmute.tests.differential.CaseSpec.Prop;
import io.transmute.tests.differential.JType.Cont;
import io.transmute.tests.differential.JType.ContKind;
import io.transmute.tests.differential.JType.PrimKind;
import io.transmute.tests.differential.JType.ValKind;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The README's rules, interpreted at run time: given a case and its compiled model classes, builds
 * the destination value a converter method must return, by reflection (records through their
 * canonical constructor, beans through setters, constructor classes through their widest
 * constructor). It never looks at generated code; it only calls the user's own methods (coercers).
 */
final class Oracle {

    /** The conversion must throw a NullPointerException (null unboxed, null into a sorted or deque container). */
    static final class ExpectedNpe extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExpectedNpe(String message) {
            super(message, null, false, false);
        }
    }

    /** The case is not what the oracle can interpret: a generator or oracle mistake, never the processor's. */
    static final class OracleError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OracleError(String message) {
            super(message);
        }

        OracleError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CaseSpec spec;
    private final ClassLoader loader;
    private final Map<Object, Class<?>> classes = new HashMap<>();
    /** The generated converter, for coercers that are default methods. */
    Object converter;
    /** How often each rule applied, for the run's coverage figures. */
    final Map<String, Integer> rules = new java.util.TreeMap<>();
    /** Source objects the destination must hold by identity (same-type models, assigned by rule 3). */
    final Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());

    Oracle(CaseSpec spec, ClassLoader loader) {
        this.spec = spec;
        this.loader = loader;
    }

    // ------------------------------------------------------------------ scopes

    private enum LinkKind {
        PATH, VALUE, CONSTANT, FACTORY
    }

    /**
     * A link as seen from one level of the destination: {@code to} relative to it. A VALUE read from
     * a source path keeps that path as its {@code origin}: paths that run through it are read from
     * the nested source it becomes.
     */
    private record ScopedLink(String to, LinkKind kind, String path, Object value, JType type, String coercer,
            ConstSpec constant, String origin) {
        ScopedLink(String to, LinkKind kind, String path, Object value, JType type, String coercer, ConstSpec constant) {
            this(to, kind, path, value, type, coercer, constant, null);
        }

        ScopedLink retarget(String newTo) {
            return new ScopedLink(newTo, kind, path, value, type, coercer, constant, origin);
        }

        /** The source path this link's value is read from, or null. */
        String sourcePath() {
            return kind == LinkKind.PATH ? path : origin;
        }
    }

    /** One call of a converter method: its factories' values. */
    private final class Call {
        final Map<String, Object> factories = new HashMap<>();

        Object factory(String name) {
            return factories.computeIfAbsent(name, n -> predictFactory(Oracle.factory(spec, n)));
        }
    }

    /** What applies at one level of the destination. */
    private record Scope(Call call, List<ScopedLink> links, Set<String> allowUnlinked,
            Map<String, Object[]> params) {
        boolean empty() {
            return links.isEmpty() && allowUnlinked.isEmpty();
        }
    }

    // ------------------------------------------------------------------ entry

    /** The expected result of calling {@code method} with {@code args}. */
    Object invoke(MethodSpec method, Object[] args) {
        Call call = new Call();
        List<ScopedLink> links = new ArrayList<>();
        Map<String, Object[]> params = new LinkedHashMap<>();
        List<Param> parameters = method.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Param param = parameters.get(i);
            if (i + 1 != method.intoIndex) {
                params.put(param.name(), new Object[] {args[i + 1], param.type()});
            }
        }
        for (LinkSpec link : method.links) {
            if (link.from() != null) {
                links.add(new ScopedLink(link.to(), LinkKind.PATH, link.from(), null, null, link.coercer(), null));
            } else {
                Object[] param = params.get(link.fromParam());
                if (param == null) {
                    throw new OracleError("no parameter " + link.fromParam());
                }
                links.add(new ScopedLink(link.to(), LinkKind.VALUE, null, param[0], (JType) param[1], link.coercer(),
                        null));
            }
        }
        for (ConstSpec constant : method.constants) {
            links.add(new ScopedLink(constant.to(), constant.factory() != null ? LinkKind.FACTORY : LinkKind.CONSTANT,
                    null, null, null, null, constant));
        }
        Scope scope = new Scope(call, links, new LinkedHashSet<>(method.allowUnlinked), params);
        Object source = args[0];
        if (method.intoIndex >= 0) {
            return update(method, source, args[method.intoIndex], scope);
        }
        if (method.result instanceof JType.Model d) {
            if (source == null) {
                return null;
            }
            MethodSpec subtype = dispatch(method, source);
            if (subtype != null) {
                count("dispatch to a subtype's converter");
                return invoke(subtype, args);
            }
            return convertModel((JType.Model) method.source, d, source, scope);
        }
        // a top-level container: the links (and parameters) apply to each element
        return containers(method.source, method.result, source, scope);
    }

    // ------------------------------------------------------------------ models

    private void count(String rule) {
        rules.merge(rule, 1, Integer::sum);
    }

    private Object convertModel(JType.Model sm, JType.Model dm, Object source, Scope scope) {
        if (source == null) {
            return null;
        }
        // A model created inside an update is created whole: Nulls.SKIP and kept values are the
        // updated target's only.
        boolean wasUpdating = updating;
        boolean wasSkipping = skipNulls;
        updating = false;
        skipNulls = false;
        try {
            return createModel(sm, dm, source, scope);
        } finally {
            updating = wasUpdating;
            skipNulls = wasSkipping;
        }
    }

    private Object createModel(JType.Model sm, JType.Model dm, Object source, Scope scope) {
        ModelSpec d = dm.spec();
        count("model " + d.kind.name().toLowerCase(java.util.Locale.ROOT));
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> unlinked = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        for (Prop prop : d.allProps()) {
            Object value = fill(prop, dm.propType(prop), sm, source, scope, used);
            if (value == UNLINKED) {
                unlinked.add(prop.name);
            } else {
                values.put(prop.name, value);
            }
        }
        for (ScopedLink link : scope.links) {
            String head = link.to.contains(".") ? link.to.substring(0, link.to.indexOf('.')) : link.to;
            if (d.prop(head) == null) {
                throw new OracleError("link to " + link.to + " names no property of " + d.name);
            }
        }
        return construct(d, values, unlinked);
    }

    private static final Object UNLINKED = new Object();

    /** Returned by {@link #fill} under Nulls.SKIP when the value read (from the source or a parameter) is null. */
    private static final Object SKIPPED = new Object();
    private boolean skipNulls;
    /** While updating: a property nothing links keeps its value, as if listed in allowUnlinked. */
    private boolean updating;

    /**
     * An {@code @Into} update: every linked property is written (through its setter or field); one
     * nothing links keeps its value; under Nulls.SKIP a null read from the source leaves the
     * target's value. Returns the target (or null for a void method).
     */
    private Object update(MethodSpec method, Object source, Object target, Scope scope) {
        if (source == null) {
            return method.returnsVoid ? null : target;
        }
        count("update " + (method.nullsSkip ? "Nulls.SKIP" : "Nulls.SET"));
        JType.Model sm = (JType.Model) method.source;
        JType.Model dm = (JType.Model) method.result;
        ModelSpec d = dm.spec();
        Map<String, Object> values = new LinkedHashMap<>();
        updating = true;
        skipNulls = method.nullsSkip;
        try {
            for (Prop prop : d.allProps()) {
                Object value = fill(prop, dm.propType(prop), sm, source, scope, new LinkedHashSet<>());
                if (value == UNLINKED) {
                    count("update: unlinked property kept");
                } else if (value == SKIPPED) {
                    count("update: null skipped");
                } else {
                    // a plain bean's collection is set; under Nulls.SET a null one is written as null (the
                    // README's "a collection becomes empty" is about collections changed in place)
                    values.put(prop.name, value);
                }
            }
        } finally {
            updating = false;
            skipNulls = false;
        }
        try {
            Class<?> type = classOf(dm);
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                Prop prop = d.prop(entry.getKey());
                ModelSpec declaring = declaring(d, prop);
                if (declaring.kind == ModelKind.FIELDS
                        || declaring.kind == ModelKind.BASE && SourceRenderer.isFieldsBase(declaring)) {
                    type.getField(prop.name).set(target, entry.getValue());
                } else {
                    type.getMethod(prop.setterName(), classOf(prop.type)).invoke(target, entry.getValue());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new OracleError("cannot update " + d.name, e);
        }
        return method.returnsVoid ? null : target;
    }

    /** Whether another link fills a destination above {@code link}'s from a source path {@code link} runs through. */
    private static boolean anchored(ScopedLink link, List<ScopedLink> links) {
        for (ScopedLink other : links) {
            String otherPath = other.sourcePath();
            if (other != link && otherPath != null && link.to.startsWith(other.to + ".")
                    && link.path.startsWith(otherPath + ".")) {
                return true;
            }
        }
        return false;
    }

    private Object fill(Prop prop, JType propType, JType.Model sm, Object source, Scope scope, Set<String> used) {
        String name = prop.name;
        ModelSpec s = sm.spec();
        ScopedLink link = null;
        for (ScopedLink candidate : scope.links) {
            if (candidate.to.equals(name)) {
                if (link != null) {
                    throw new OracleError("linked twice: " + name);
                }
                link = candidate;
            }
        }
        // rule 1: a link or constant
        if (link != null) {
            count("link: " + link.kind.name().toLowerCase(java.util.Locale.ROOT)
                    + (link.coercer != null ? " with coercer" : ""));
            switch (link.kind) {
                case CONSTANT -> {
                    return constant(link.constant, propType);
                }
                case FACTORY -> {
                    return scope.call.factory(link.constant.factory());
                }
                case PATH -> {
                    Object[] read = readPath(sm, source, link.path);
                    Object value = read[0];
                    JType type = (JType) read[1];
                    if (value == null && updating && skipNulls) {
                        return SKIPPED;
                    }
                    if (value == null && (boolean) read[2] && propType instanceof JType.Prim) {
                        throw new ExpectedNpe("path " + link.path + " has a null intermediate for primitive " + name);
                    }
                    if (link.coercer != null) {
                        return callCoercer(link.coercer, type, value);
                    }
                    return coerce(type, propType, value, child(scope, name, link.path, sm, source));
                }
                default -> {
                    // the README says "a null in the source"; Transmute skips the nulls of parameters too
                    // (PATCH semantics), and so does the oracle
                    if (link.value == null && updating && skipNulls) {
                        return SKIPPED;
                    }
                    if (link.coercer != null) {
                        return callCoercer(link.coercer, link.type, link.value);
                    }
                    return coerce(link.type, propType, link.value, child(scope, name, link.origin, sm, source));
                }
            }
        }
        // rule 2: an extra parameter of the same name (top-level destination, or its elements)
        Object[] param = scope.params.get(name);
        if (param != null) {
            count("link: same-name parameter");
            if (param[0] == null && updating && skipNulls) {
                return SKIPPED;
            }

            return coerce((JType) param[1], propType, param[0], child(scope, name, null, sm, source));
        }
        // rule 3: a source property of the same name
        Prop sourceProp = s.prop(name);
        if (sourceProp != null) {
            Object value = read(s, sourceProp, source);
            if (value == null && updating && skipNulls) {
                return SKIPPED;
            }
            return coerce(sm.propType(sourceProp), propType, value, child(scope, name, name, sm, source));
        }
        // rule 4: allowUnlinked
        if (scope.allowUnlinked.contains(name)) {
            count("link: allowUnlinked");
            return UNLINKED;
        }
        if (updating) {
            return UNLINKED;
        }
        throw new OracleError("nothing links " + name + " in " + s.name);
    }

    /**
     * The scope of a nested conversion of destination property {@code name}, filled from source path
     * {@code fillPath} (relative to the current source), or from a value (null). Links below it keep
     * paths that run through the nested source (relative to it); other paths are read now, once.
     */
    private Scope child(Scope scope, String name, String fillPath, JType.Model s, Object source) {
        List<ScopedLink> links = new ArrayList<>();
        String prefix = name + ".";
        for (ScopedLink link : scope.links) {
            if (!link.to.startsWith(prefix)) {
                continue;
            }
            String to = link.to.substring(prefix.length());
            if (link.kind == LinkKind.PATH) {
                if (fillPath != null && link.path.startsWith(fillPath + ".")) {
                    links.add(new ScopedLink(to, LinkKind.PATH, link.path.substring(fillPath.length() + 1), null, null,
                            link.coercer, null));
                } else if (anchored(link, scope.links)) {
                    // runs through a value that fills a deeper nested conversion: read from that nested source
                    links.add(link.retarget(to));
                } else {
                    Object[] read = readPath(s, source, link.path);
                    links.add(new ScopedLink(to, LinkKind.VALUE, null, read[0], (JType) read[1], link.coercer, null,
                            link.path));
                }
            } else {
                links.add(link.retarget(to));
            }
        }
        Set<String> allow = new LinkedHashSet<>();
        for (String path : scope.allowUnlinked) {
            if (path.startsWith(prefix)) {
                allow.add(path.substring(prefix.length()));
            }
        }
        return new Scope(scope.call, links, allow, Map.of());
    }

    // ------------------------------------------------------------------ coercion

    /** The README's coercion rules 2 to 7 (rule 1, a link's coercer, is applied by the caller). */
    private Object coerce(JType s, JType d, Object value, Scope scope) {
        // rule 2: the most specific @Coercer from S to D
        CoercerSpec coercer = mostSpecificCoercer(s, d);
        if (coercer != null) {
            count("rule 2 @Coercer");
            if (value == null) {
                return d instanceof Cont c && c.kind().isOptional() ? Optional.empty() : null;
            }
            return invokeCoercer(coercer, value);
        }
        // rule 3: assignable (containers are always copied, so they go to rule 6)
        if (!isContainer(s) && !isContainer(d) && assignable(s, d)) {
            count("rule 3 " + (s.equals(d) ? (s instanceof JType.Model ? "same model, shared" : "same type")
                    : s instanceof JType.Prim && d instanceof JType.Prim ? "widening"
                    : s instanceof JType.Prim ? "boxing" : d instanceof JType.Prim ? "unboxing" : "subtype"));
            return assign(s, d, value);
        }
        // rule 4: a converter method of the same type taking exactly S and returning D
        MethodSpec reused = reusableMethod(s, d);
        if (reused != null) {
            count("rule 4 reuse " + (reused.result instanceof Cont || reused.result instanceof JType.Array
                    ? "of a container converter" : "of a model converter"));
            if (!scope.empty()) {
                throw new OracleError("links reach into a conversion that reuses " + reused.name);
            }
            // the reused converter decides what a null gives (Optional.empty() for an Optional)
            return invoke(reused, new Object[] {value});
        }
        // rule 5: models
        if (s instanceof JType.Model sm && d instanceof JType.Model dm) {
            count("rule 5 nested model");
            return convertModel(sm, dm, value, scope);
        }
        // rule 6: containers
        if (d instanceof Cont || d instanceof JType.Array) {
            count("rule 6 " + (s instanceof JType.Array ? "array" : s instanceof Cont sc ? sc.kind().type.getSimpleName()
                    : "value") + " to " + (d instanceof JType.Array ? "array" : ((Cont) d).kind().type.getSimpleName()));
            return containers(s, d, value, scope);
        }
        // rule 7: enums by constant name
        if (s instanceof JType.Enum && d instanceof JType.Enum de) {
            count("rule 7 enum");
            if (value == null) {
                return null;
            }
            String constant = ((java.lang.Enum<?>) value).name();
            if (!de.spec().constants.contains(constant)) {
                throw new OracleError(de.spec().name + " lacks " + constant);
            }
            return enumConstant(de, constant);
        }
        throw new OracleError("no rule converts " + s.source() + " to " + d.source());
    }

    private Object containers(JType s, JType d, Object value, Scope scope) {
        if (d instanceof Cont dc && dc.kind().isOptional()) {
            JType de = dc.element();
            if (s instanceof Cont sc && sc.kind().isOptional()) {
                Optional<?> optional = (Optional<?>) value;
                if (optional == null || optional.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.ofNullable(coerce(sc.element(), de, optional.get(), scope));
            }
            if (value == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(coerce(s, de, value, scope));
        }
        if (d instanceof Cont dc && dc.kind().isMap()) {
            if (!(s instanceof Cont sc && sc.kind().isMap())) {
                throw new OracleError("map from " + s.source());
            }
            if (value == null) {
                return null;
            }
            Map<Object, Object> map = newMap(dc.kind());
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                Object key = coerce(sc.key(), dc.key(), entry.getKey(), scope);
                Object element = coerce(sc.element(), dc.element(), entry.getValue(), scope);
                try {
                    map.put(key, element);
                } catch (NullPointerException e) {
                    throw new ExpectedNpe("null key in a sorted map");
                }
            }
            return map;
        }
        JType se = elementType(s);
        if (se == null) {
            throw new OracleError("elements from " + s.source());
        }
        if (value == null) {
            return null;
        }
        List<Object> elements = new ArrayList<>();
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(Array.get(value, i));
            }
        } else {
            for (Object element : (Iterable<?>) value) {
                elements.add(element);
            }
        }
        if (d instanceof JType.Array da) {
            Object array = Array.newInstance(classOf(da.component()), elements.size());
            for (int i = 0; i < elements.size(); i++) {
                Array.set(array, i, coerce(se, da.component(), elements.get(i), scope));
            }
            return array;
        }
        Cont dc = (Cont) d;
        Collection<Object> collection = newCollection(dc.kind());
        for (Object element : elements) {
            Object converted = coerce(se, dc.element(), element, scope);
            try {
                collection.add(converted);
            } catch (NullPointerException e) {
                throw new ExpectedNpe("null element in a " + collection.getClass().getSimpleName());
            }
        }
        return collection;
    }

    private static JType elementType(JType type) {
        if (type instanceof JType.Array a) {
            return a.component();
        }
        if (type instanceof Cont c && c.kind().isIterable()) {
            return c.element();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> newCollection(ContKind kind) {
        try {
            return (Collection<Object>) kind.created.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new OracleError("cannot create " + kind, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> newMap(ContKind kind) {
        try {
            return (Map<Object, Object>) kind.created.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new OracleError("cannot create " + kind, e);
        }
    }

    static boolean isContainer(JType type) {
        return type instanceof Cont || type instanceof JType.Array;
    }

    private CoercerSpec mostSpecificCoercer(JType s, JType d) {
        List<CoercerSpec> applicable = new ArrayList<>();
        for (CoercerSpec coercer : spec.converter.coercers) {
            if (coercer.annotated() && coercer.result().equals(d) && isSubtype(s, coercer.param())) {
                applicable.add(coercer);
            }
        }
        CoercerSpec best = null;
        for (CoercerSpec candidate : applicable) {
            boolean mostSpecific = true;
            for (CoercerSpec other : applicable) {
                if (!isSubtype(candidate.param(), other.param())) {
                    mostSpecific = false;
                }
            }
            if (mostSpecific) {
                if (best != null) {
                    throw new OracleError("ambiguous coercers " + best.name() + " and " + candidate.name());
                }
                best = candidate;
            }
        }
        if (best == null && !applicable.isEmpty()) {
            throw new OracleError("no most specific coercer for " + s.source());
        }
        return best;
    }

    /**
     * The converter of the most specific subtype of the method's source that the source object is an
     * instance of (and whose destination is a subtype of the method's), or null.
     */
    private MethodSpec dispatch(MethodSpec method, Object source) {
        if (!method.singleParameter() || !(method.source instanceof JType.Model sm)) {
            return null;
        }
        MethodSpec best = null;
        for (MethodSpec other : spec.converter.methods) {
            if (other != method && other.singleParameter() && other.source instanceof JType.Model om
                    && om.spec() != sm.spec() && subclassOf(om.spec(), sm.spec())
                    && isSubtype(other.result, method.result) && classOf(om).isInstance(source)) {
                if (best == null || subclassOf(om.spec(), ((JType.Model) best.source).spec())) {
                    best = other;
                } else if (!subclassOf(((JType.Model) best.source).spec(), om.spec())) {
                    throw new OracleError("no most specific converter among " + best + " and " + other);
                }
            }
        }
        return best;
    }

    private MethodSpec reusableMethod(JType s, JType d) {
        for (MethodSpec method : spec.converter.methods) {
            if (method.singleParameter() && method.source.equals(s) && method.result.equals(d)) {
                return method;
            }
        }
        return null;
    }

    /** Java subtyping between reference types (identity for primitives); generics are invariant. */
    static boolean isSubtype(JType a, JType b) {
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof JType.Prim || b instanceof JType.Prim) {
            return false;
        }
        if (b instanceof JType.Val bv && bv.kind() == ValKind.OBJECT) {
            return true;
        }
        if (a instanceof JType.Val av && b instanceof JType.Val bv) {
            return bv.kind().type.isAssignableFrom(av.kind().type);
        }
        if (a instanceof Cont ac && b instanceof Cont bc) {
            return ac.args().equals(bc.args()) && bc.kind().type.isAssignableFrom(ac.kind().type);
        }
        if (a instanceof JType.Array aa && b instanceof JType.Array ba) {
            return JType.isReference(aa.component()) && JType.isReference(ba.component())
                    && isSubtype(aa.component(), ba.component());
        }
        if (a instanceof JType.Model am && b instanceof JType.Model bm && am.args().isEmpty() && bm.args().isEmpty()) {
            return subclassOf(am.spec(), bm.spec());
        }
        return false;
    }

    /** Whether model {@code a} extends or implements {@code b}, directly or not. */
    static boolean subclassOf(ModelSpec a, ModelSpec b) {
        for (ModelSpec current = a; current != null; current = current.base) {
            if (current == b || current.interfaces.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** Java assignment conversion: identity, widening, boxing then widening reference, unboxing then widening. */
    static boolean assignable(JType s, JType d) {
        if (isSubtype(s, d)) {
            return true;
        }
        if (s instanceof JType.Prim sp) {
            if (d instanceof JType.Prim dp) {
                return sp.kind().widensTo(dp.kind());
            }
            return isSubtype(JType.val(sp.kind().boxKind()), d);
        }
        if (s instanceof JType.Val sv && d instanceof JType.Prim dp) {
            PrimKind unboxed = sv.kind().unboxed();
            return unboxed != null && (unboxed == dp.kind() || unboxed.widensTo(dp.kind()));
        }
        return false;
    }

    private Object assign(JType s, JType d, Object value) {
        if (value == null) {
            if (d instanceof JType.Prim) {
                throw new ExpectedNpe("null " + s.source() + " unboxed to " + d.source());
            }
            return null;
        }
        if (d instanceof JType.Prim dp) {
            return widen(value, dp.kind());
        }
        if (s instanceof JType.Model) {
            shared.add(value);
        }
        return value;
    }

    static Object widen(Object value, PrimKind target) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof Character c) {
            return switch (target) {
                case CHAR -> c;
                case INT -> (int) c;
                case LONG -> (long) c;
                case FLOAT -> (float) c;
                case DOUBLE -> (double) c;
                default -> throw new OracleError("char to " + target);
            };
        }
        Number n = (Number) value;
        return switch (target) {
            case BYTE -> n.byteValue();
            case SHORT -> n.shortValue();
            case INT -> n.intValue();
            case LONG -> n.longValue();
            case FLOAT -> n instanceof Long ? (float) n.longValue() : n.floatValue();
            case DOUBLE -> n instanceof Long ? (double) n.longValue() : n.doubleValue();
            default -> throw new OracleError(value + " to " + target);
        };
    }

    // ------------------------------------------------------------------ user methods

    private Object callCoercer(String name, JType s, Object value) {
        if (value == null) {
            return null; // coercers are never called with null
        }
        for (CoercerSpec coercer : spec.converter.coercers) {
            if (coercer.name().equals(name)) {
                return invokeCoercer(coercer, value);
            }
        }
        throw new OracleError("no coercer " + name);
    }

    private Object invokeCoercer(CoercerSpec coercer, Object value) {
        try {
            Class<?> owner = loader.loadClass(coercer.inBase() ? spec.converter.baseBinaryName()
                    : spec.converter.binaryName());
            Method method = owner.getDeclaredMethod(coercer.name(), classOf(coercer.param()));
            method.setAccessible(true);
            return method.invoke(coercer.isDefault() ? converter : null, value);
        } catch (InvocationTargetException e) {
            throw new OracleError("coercer " + coercer.name() + " threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new OracleError("cannot call coercer " + coercer.name(), e);
        }
    }

    static FactorySpec factory(CaseSpec spec, String name) {
        for (FactorySpec factory : spec.converter.factories) {
            if (factory.name().equals(name)) {
                return factory;
            }
        }
        throw new OracleError("no factory " + name);
    }

    /** The value the factory returns on its next call: its counter plus one. */
    private Object predictFactory(FactorySpec factory) {
        int next = counter(factory) + 1;
        JType type = factory.result();
        if (type instanceof JType.Val v) {
            return switch (v.kind()) {
                case STRING -> "f" + next;
                case LONG_BOX -> (long) next * 1000L;
                case INT_BOX -> next;
                default -> throw new OracleError(type.source());
            };
        }
        return next;
    }

    int counter(FactorySpec factory) {
        try {
            Field field = loader.loadClass(spec.converter.binaryName() + "$Counters").getDeclaredField(factory.counter());
            field.setAccessible(true);
            return field.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new OracleError("no counter", e);
        }
    }

    // ------------------------------------------------------------------ constants

    private Object constant(ConstSpec constant, JType type) {
        if (type instanceof JType.Enum e) {
            return enumConstant(e, (String) constant.expected());
        }
        return constant.expected();
    }

    private Object enumConstant(JType.Enum type, String constant) {
        for (Object value : classOf(type).getEnumConstants()) {
            if (((java.lang.Enum<?>) value).name().equals(constant)) {
                return value;
            }
        }
        throw new OracleError("no constant " + constant);
    }

    // ------------------------------------------------------------------ reading sources

    /** {value, type, whether an intermediate was null}. */
    private Object[] readPath(JType.Model s, Object source, String path) {
        JType.Model model = s;
        Object value = source;
        JType type = s;
        boolean nullIntermediate = false;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            if (model == null) {
                throw new OracleError("path " + path + " runs through " + type.source());
            }
            Prop prop = model.spec().prop(segments[i]);
            if (prop == null) {
                throw new OracleError("no property " + segments[i] + " in " + model.spec().name + " for " + path);
            }
            if (value == null) {
                nullIntermediate = true;
            } else {
                value = read(model.spec(), prop, value);
            }
            type = model.propType(prop);
            model = type instanceof JType.Model m ? m : null;
        }
        return new Object[] {nullIntermediate ? null : value, type, nullIntermediate};
    }

    /** Reads a property the way the README says sources are read: accessor, getter, or public field. */
    Object read(ModelSpec model, Prop prop, Object source) {
        ModelSpec declaring = declaring(model, prop);
        try {
            Class<?> type = source.getClass();
            if (declaring.kind == ModelKind.RECORD) {
                return type.getMethod(prop.name).invoke(source);
            }
            if (declaring.kind == ModelKind.FIELDS
                    || declaring.kind == ModelKind.BASE && SourceRenderer.isFieldsBase(declaring)) {
                return type.getField(prop.name).get(source);
            }
            return type.getMethod(prop.getterName()).invoke(source);
        } catch (ReflectiveOperationException e) {
            throw new OracleError("cannot read " + model.name + "." + prop.name, e);
        }
    }

    private static ModelSpec declaring(ModelSpec model, Prop prop) {
        for (ModelSpec current = model; current != null; current = current.base) {
            if (current.props.contains(prop)) {
                return current;
            }
        }
        throw new OracleError(prop.name + " not declared in " + model.name);
    }

    // ------------------------------------------------------------------ creating destinations

    /** Creates a model the way the README says destinations are filled. */
    Object construct(ModelSpec d, Map<String, Object> values, Set<String> unlinked) {
        try {
            Class<?> type = classOf(new JType.Model(d));
            switch (d.kind) {
                case RECORD -> {
                    Class<?>[] types = new Class<?>[d.props.size()];
                    Object[] args = new Object[d.props.size()];
                    for (int i = 0; i < d.props.size(); i++) {
                        Prop prop = d.props.get(i);
                        types[i] = classOf(prop.type);
                        args[i] = unlinked.contains(prop.name) ? unlinkedValue(prop) : values.get(prop.name);
                    }
                    return newInstance(type.getConstructor(types), args);
                }
                case CTOR, MIXED -> {
                    Class<?>[] types = new Class<?>[d.constructorOrder.size()];
                    Object[] args = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        Prop prop = d.prop(d.constructorOrder.get(i));
                        types[i] = classOf(prop.type);
                        args[i] = unlinked.contains(prop.name) ? unlinkedValue(prop) : values.get(prop.name);
                    }
                    Object instance = newInstance(type.getConstructor(types), args);
                    for (Prop prop : d.props) {
                        if (!d.constructorOrder.contains(prop.name) && !unlinked.contains(prop.name)) {
                            type.getMethod(prop.setterName(), classOf(prop.type)).invoke(instance, values.get(prop.name));
                        }
                    }
                    return instance;
                }
                case BEAN, FIELDS -> {
                    Object instance = newInstance(type.getConstructor(), new Object[0]);
                    for (Prop prop : d.allProps()) {
                        if (unlinked.contains(prop.name)) {
                            continue;
                        }
                        ModelSpec declaring = declaring(d, prop);
                        if (declaring.kind == ModelKind.FIELDS || declaring.kind == ModelKind.BASE
                                && SourceRenderer.isFieldsBase(declaring)) {
                            type.getField(prop.name).set(instance, values.get(prop.name));
                        } else {
                            type.getMethod(prop.setterName(), classOf(prop.type)).invoke(instance, values.get(prop.name));
                        }
                    }
                    return instance;
                }
                default -> throw new OracleError("cannot create " + d.kind);
            }
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new OracleError("cannot create " + d.name + " from " + values, e);
        }
    }

    private static Object newInstance(Constructor<?> constructor, Object[] args) throws ReflectiveOperationException {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new OracleError("constructor threw", e.getCause());
        }
    }

    private static Object unlinkedValue(Prop prop) {
        return prop.type instanceof Cont c && c.kind().isOptional() ? Optional.empty() : null;
    }

    // ------------------------------------------------------------------ classes

    Class<?> classOf(JType type) {
        if (type instanceof JType.Prim p) {
            return p.kind().type;
        }
        if (type instanceof JType.Val v) {
            return v.kind().type;
        }
        if (type instanceof Cont c) {
            return c.kind().type;
        }
        if (type instanceof JType.Array a) {
            return Array.newInstance(classOf(a.component()), 0).getClass();
        }
        if (type instanceof JType.TypeVar || type instanceof JType.Wild) {
            return Object.class;
        }
        Object key = type instanceof JType.Model m ? m.spec() : ((JType.Enum) type).spec();
        return classes.computeIfAbsent(key, k -> {
            try {
                return loader.loadClass(((CaseSpec.Declared) k).binaryName());
            } catch (ClassNotFoundException e) {
                throw new OracleError("cannot load " + k, e);
            }
        });
    }
}

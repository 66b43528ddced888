package io.transmute.tests.differential;

import io.transmute.tests.differential.CaseSpec.CoercerSpec;
import io.transmute.tests.differential.CaseSpec.ConstSpec;
import io.transmute.tests.differential.CaseSpec.ConverterSpec;
import io.transmute.tests.differential.CaseSpec.EnumSpec;
import io.transmute.tests.differential.CaseSpec.FactorySpec;
import io.transmute.tests.differential.CaseSpec.Holder;
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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a random valid case from a seed: source models, a converter type whose methods convert
 * them into destination models derived from them, with links, constants, extra parameters,
 * allowUnlinked paths and coercers. Valid by construction: every destination property is linked by
 * one of the README's rules. {@link #mutate} then turns a share of cases into invalid ones with
 * exactly one mistake.
 */
final class CaseGenerator {

    /** Property names: common words, and names a generated implementation might use for its locals. */
    private static final String[] PROPERTY_NAMES = {
        "name", "title", "count", "code", "label", "amount", "active", "tags", "items", "owner", "parent",
        "next", "kind", "level", "score", "note", "data", "id", "key", "rank", "color", "mode", "size",
        "result", "source", "value", "entry", "element", "list", "map", "copy", "index", "item", "array",
        "optional", "values", "children", "status", "price", "total", "first", "last", "child", "node",
        "e", "it", "x", "temp", "converter", "strings", "keys", "integers", "self", "other", "type",
        "builder", "set", "current", "values2", "url", "v",
    };

    /** Type names: plain ones, and a few that clash with types generated code might use. */
    private static final String[] TYPE_NAMES = {
        "Book", "Author", "Item", "Node", "Page", "Order", "Line", "Tag", "Shelf", "Box", "Cell", "Part",
        "Leaf", "Room", "Note", "Card", "Deck", "Team", "Unit", "Step", "Plan", "Zone", "Slot",
    };

    /** Rare type names that clash with JDK types the generated code may import. */
    private static final String[] CLASHING_TYPE_NAMES = {
        "List", "Optional", "Map", "ArrayList", "Generated", "Objects", "Set", "LinkedHashMap", "Override",
        "String", "Integer", "Collection", "Arrays",
    };

    private static final String[] CONSTANTS = {
        "RED", "GREEN", "BLUE", "BLACK", "WHITE", "ON", "OFF", "NONE", "ALL", "A", "B", "LOW", "HIGH",
        "UNKNOWN", "VALUE", "NULL",
    };

    private static final String[] SOURCE_NAMES = {
        "source", "src", "in", "value", "item", "name", "result", "entity", "input", "from", "book",
    };

    private final Random random;
    private final CaseSpec spec;
    private final Set<String> typeNames = new HashSet<>();
    /** Derived destination models: source model, destination, and whether its fill is position-independent. */
    private final List<Derived> derived = new ArrayList<>();
    /** Methods whose (source, result) pair may be reused by rule 4 (single parameter, no factories). */
    private final List<MethodSpec> reusable = new ArrayList<>();
    /** Methods some nested conversion reuses. */
    private final Set<MethodSpec> reused = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<EnumSpec> sourceEnums = new ArrayList<>();
    private final List<ModelSpec> sourceModels = new ArrayList<>();
    /** Generic source models ({@code Holder<T>}), used only with type arguments. */
    private final List<ModelSpec> genericModels = new ArrayList<>();
    private int nameCounter;
    private int paramCounter;

    private record Derived(ModelSpec source, ModelSpec destination, boolean linkless) {
    }

    /** Where a destination value is being derived: link prefixes, or null when no link can reach it. */
    private record Pos(MethodSpec method, MethodState state, String to, String fromBase, boolean top,
            ModelSpec root, int depth) {
        boolean linkable() {
            return to != null;
        }
    }

    /** What a method may use, decided when it is created. */
    private static final class MethodState {
        boolean extras;
        boolean factories;
        final Set<String> paramNames = new HashSet<>();
    }

    private CaseGenerator(long seed, String pkg) {
        this.random = new Random(seed);
        this.spec = new CaseSpec(seed, pkg);
        spec.converter.owner = spec;
    }

    /** A valid case. */
    static CaseSpec generate(long seed, String pkg) {
        CaseGenerator generator = new CaseGenerator(seed, pkg);
        generator.build();
        return generator.spec;
    }

    /** A case with exactly one mistake, or null when the seed's case offers no place for the chosen one. */
    static CaseSpec generateInvalid(long seed, String pkg) {
        CaseGenerator generator = new CaseGenerator(seed, pkg);
        generator.build();
        return generator.mutate() ? generator.spec : null;
    }

    // ------------------------------------------------------------------ the case

    private void build() {
        ConverterSpec converter = spec.converter;
        converter.name = pick(new String[] {"Conv", "Mapper", "Converter", "Converters", "BookMapper"});
        typeNames.add(converter.name);
        typeNames.add("Outer");
        typeNames.add("Models");
        typeNames.add("ConvBase");
        converter.nestedInOuter = chance(0.2);
        converter.abstractClass = chance(0.15);
        converter.hasBase = chance(0.2);
        converter.redeclaresObjectMethods = chance(0.1);

        int enumCount = random.nextInt(3);
        for (int i = 0; i < enumCount; i++) {
            EnumSpec e = newEnum();
            List<String> pool = new ArrayList<>(List.of(CONSTANTS));
            Collections.shuffle(pool, random);
            e.constants.addAll(pool.subList(0, 1 + random.nextInt(4)));
            sourceEnums.add(e);
        }
        int modelCount = 1 + random.nextInt(4);
        for (int i = 0; i < modelCount; i++) {
            ModelSpec model = newModel(false);
            model.kind = pick(new ModelKind[] {ModelKind.RECORD, ModelKind.RECORD, ModelKind.BEAN, ModelKind.CTOR,
                ModelKind.FIELDS});
            sourceModels.add(model);
        }
        if (chance(0.3)) {
            ModelSpec generic = newModel(false);
            generic.kind = pick(new ModelKind[] {ModelKind.RECORD, ModelKind.BEAN, ModelKind.CTOR, ModelKind.FIELDS});
            generic.typeParams.add("T");
            JType t = new JType.TypeVar("T");
            Set<String> names = new HashSet<>();
            int typed = 1 + random.nextInt(2);
            for (int i = 0; i < typed; i++) {
                String name = freshName(names);
                names.add(name);
                generic.props.add(new Prop(name, pick(new JType[] {t, t, JType.list(t), JType.optional(t),
                    new Cont(ContKind.SET, t), new Cont(ContKind.MAP, List.of(JType.val(ValKind.STRING), t))})));
            }
            int plain = random.nextInt(3);
            for (int i = 0; i < plain; i++) {
                String name = freshName(names);
                names.add(name);
                generic.props.add(new Prop(name, sourceType(2)));
            }
            Collections.shuffle(generic.props, random);
            finishModel(generic);
            genericModels.add(generic);
        }
        List<ModelSpec> family = new ArrayList<>();
        if (chance(0.25)) {
            // a polymorphic family: a base class and two subclasses, all of one style
            ModelKind style = chance(0.5) ? ModelKind.BEAN : ModelKind.FIELDS;
            ModelSpec base = newModel(false);
            base.kind = style;
            base.isAbstract = chance(0.7);
            family.add(base);
            for (int i = 0; i < 2; i++) {
                ModelSpec subclass = newModel(false);
                subclass.kind = style;
                subclass.base = base;
                base.subclasses.add(subclass);
                family.add(subclass);
            }
            sourceModels.addAll(family);
        }
        Set<String> baseNames = new HashSet<>();
        for (ModelSpec model : family) {
            int propCount = 1 + random.nextInt(2);
            Set<String> names = new HashSet<>(model.base == null ? Set.of() : baseNames);
            for (int i = 0; i < propCount; i++) {
                String name = freshName(names);
                names.add(name);
                model.props.add(new Prop(name, sourceType(2)));
            }
            if (model.base == null) {
                baseNames.addAll(names);
            }
        }
        for (ModelSpec model : sourceModels) {
            if (family.contains(model)) {
                continue;
            }
            int propCount = 1 + random.nextInt(5);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < propCount; i++) {
                String name = freshName(names);
                names.add(name);
                Prop prop = new Prop(name, sourceType(0));
                if (isBooleanish(prop.type) && chance(0.5)) {
                    prop.isGetter = true;
                }
                model.props.add(prop);
            }
            finishModel(model);
        }
        declareCoercers();
        if (!family.isEmpty()) {
            addDispatchingMethods(family.get(0));
        }
        int methodCount = 1 + random.nextInt(3);
        for (int i = 0; i < methodCount; i++) {
            addMethod(i);
        }
    }

    private void addMethod(int index) {
        MethodSpec method = new MethodSpec();
        MethodState state = new MethodState();
        method.name = chance(0.4) ? "convert" : pick(new String[] {"toDto", "map", "convert" + index, "to" + index,
            "copy", "apply"});
        if (chance(0.1) && !derived.isEmpty()) {
            // the name a generated helper for a nested conversion might get
            Derived any = derived.get(random.nextInt(derived.size()));
            method.name = decapitalize(any.source.name) + "To" + any.destination.name;
        }
        method.sourceName = pick(SOURCE_NAMES);
        ModelSpec root = sourceModels.get(random.nextInt(sourceModels.size()));
        boolean container = chance(0.25);
        state.extras = chance(0.5);
        state.factories = state.extras || chance(0.3);
        boolean single = !state.extras;
        if (state.extras) {
            state.paramNames.add(method.sourceName);
        }
        Pos pos = new Pos(method, state, "", "", true, root, 0);
        if (!container && chance(0.12)) {
            addIntoMethod(method, state, root);
            uniqueSignature(method);
            spec.converter.methods.add(method);
            reused.add(method); // not mutated into invalid cases: unlinked properties are allowed there
            return;
        }
        if (!container && !root.isAbstract && chance(0.06)) {
            // a converter from a model to the same model: a new instance, filled by name
            method.source = new JType.Model(root);
            method.result = method.source;
            state.extras = false;
            uniqueSignature(method);
            spec.converter.methods.add(method);
            return;
        }
        if (container && chance(0.3)) {
            ModelSpec element = deriveFresh(root, pos, false);
            int roll = random.nextInt(3);
            if (roll == 0) {
                method.source = new JType.Model(root);
                method.result = JType.optional(new JType.Model(element));
            } else if (roll == 1) {
                method.source = JType.optional(new JType.Model(root));
                method.result = JType.optional(new JType.Model(element));
            } else {
                JType key = keyType();
                method.source = new Cont(ContKind.MAP, List.of(key, new JType.Model(root)));
                method.result = new Cont(pick(new ContKind[] {ContKind.MAP, ContKind.LINKED_HASH_MAP, ContKind.HASH_MAP}),
                        List.of(key, new JType.Model(element)));
            }
            uniqueSignature(method);
            spec.converter.methods.add(method);
            if (single && !state.factories && chance(0.5)) {
                reusable.add(method);
            }
            return;
        }
        if (container) {
            ContKind kind = pick(new ContKind[] {ContKind.LIST, ContKind.LIST, ContKind.SET, ContKind.COLLECTION,
                ContKind.ITERABLE, null});
            method.source = kind == null ? new JType.Array(new JType.Model(root)) : new Cont(kind, new JType.Model(root));
            List<JType> existing = new ArrayList<>();
            for (ModelSpec model : sourceModels) {
                for (Prop prop : model.allProps()) {
                    JType element = prop.type instanceof JType.Array a ? a.component()
                            : prop.type instanceof Cont c && c.kind().isIterable() ? c.element() : null;
                    if (element instanceof JType.Model m && m.args().isEmpty()) {
                        existing.add(prop.type);
                    }
                }
            }
            if (!existing.isEmpty() && chance(0.5)) {
                // the type of a property, so that its conversion may reuse this converter (rule 4)
                method.source = pick(existing);
                root = ((JType.Model) (method.source instanceof JType.Array a ? a.component()
                        : ((Cont) method.source).element())).spec();
                pos = new Pos(method, state, "", "", true, root, 0);
            }
            // the element destination is always fresh, so no other method's pair covers it
            ModelSpec element = deriveFresh(root, pos, false);
            ContKind resultKind = pick(new ContKind[] {ContKind.LIST, ContKind.SET, ContKind.COLLECTION, null});
            method.result = resultKind == null ? new JType.Array(new JType.Model(element))
                    : new Cont(resultKind, new JType.Model(element));
        } else {
            method.source = new JType.Model(root);
            ModelSpec destination = newModel(true);
            method.result = new JType.Model(destination);
            if (single && !state.factories) {
                // known before its destination is derived, so that recursive positions may reuse it
                reusable.add(method);
            }
            fillDestination(root, destination, pos, false);
            if (single && !state.factories && chance(0.15)
                    && spec.converter.methods.stream().noneMatch(m -> m.inGenericBase)) {
                // declared in a generic super-interface, implemented through Conv extends ConvGeneric<Root, Dto>
                method.inGenericBase = true;
            }
        }
        uniqueSignature(method);
        spec.converter.methods.add(method);
        if (container && single && !state.factories) {
            reusable.add(method);
        }
    }

    /**
     * Converters for a base class and each subclass: the base's converter dispatches to the
     * subclasses' ones. Its destination is an abstract class, an interface, or (for a concrete
     * source base) a concrete class.
     */
    private void addDispatchingMethods(ModelSpec base) {
        ModelSpec destinationBase = newModel(true);
        int style = base.isAbstract ? random.nextInt(2) : 2;
        destinationBase.kind = ModelKind.BEAN;
        if (style == 1) {
            destinationBase.isInterface = true;
        } else {
            destinationBase.isAbstract = style == 0;
            for (Prop prop : base.props) {
                Pos unlinked = new Pos(new MethodSpec(), new MethodState(), null, null, false, base, 1);
                destinationBase.props.add(destinationProp(prop.name, derive(prop.type, unlinked, false)));
            }
        }
        List<MethodSpec> methods = new ArrayList<>();
        for (ModelSpec subclass : base.subclasses) {
            MethodSpec method = new MethodSpec();
            method.name = "toDto";
            method.sourceName = pick(SOURCE_NAMES);
            method.source = new JType.Model(subclass);
            ModelSpec destination = newModel(true);
            method.result = new JType.Model(destination);
            Pos pos = new Pos(method, new MethodState(), "", "", true, subclass, 0);
            if (style == 1) {
                destination.interfaces.add(destinationBase);
                fillDestination(subclass, destination, pos, false, subclass.allProps());
            } else {
                destination.kind = ModelKind.BEAN;
                destination.base = destinationBase;
                fillDestination(subclass, destination, pos, false, subclass.props);
            }
            methods.add(method);
        }
        MethodSpec dispatching = new MethodSpec();
        dispatching.name = chance(0.5) ? "toDto" : "convertAny";
        dispatching.sourceName = pick(SOURCE_NAMES);
        dispatching.source = new JType.Model(base);
        dispatching.result = new JType.Model(destinationBase);
        methods.add(random.nextInt(methods.size() + 1), dispatching);
        for (MethodSpec method : methods) {
            uniqueSignature(method);
            spec.converter.methods.add(method);
            reusable.add(method);
            reused.add(method); // not mutated into invalid cases
        }
    }

    /**
     * An {@code @Into} update of a mutable bean (setters or public fields) with scalar properties:
     * same-name and renamed properties, constants, parameters, and properties nothing links (kept).
     */
    private void addIntoMethod(MethodSpec method, MethodState state, ModelSpec root) {
        method.source = new JType.Model(root);
        ModelSpec target = newModel(true);
        target.kind = chance(0.6) ? ModelKind.BEAN : ModelKind.FIELDS;
        method.result = new JType.Model(target);
        method.nullsSkip = chance(0.5);
        method.returnsVoid = chance(0.5);
        Pos pos = new Pos(method, state, "", "", true, root, 0);
        Pos unlinked = unlinkable(pos);
        Set<String> names = new HashSet<>();
        Set<String> sourceNames = names(root.allProps());
        List<Prop> props = new ArrayList<>();
        for (Prop sourceProp : root.allProps()) {
            if (sourceProp.type instanceof Cont c && !c.kind().isOptional() && !JType.mentionsModel(c)
                    && !names.contains(sourceProp.name) && chance(0.8)) {
                // a plain bean's collection is set (README), a null one written as empty under Nulls.SET
                JType type = derive(sourceProp.type, unlinked, false);
                if (type instanceof Cont d && !d.kind().isOptional()) {
                    names.add(sourceProp.name);
                    props.add(destinationProp(sourceProp.name, type));
                }
                continue;
            }
            if (!scalar(sourceProp.type) || chance(0.2)) {
                continue;
            }
            if (chance(0.35)) {
                String name = freshName(names);
                names.add(name);
                CoercerSpec linkCoercer = chance(0.25) ? linkCoercerFor(sourceProp.type) : null;
                JType type = linkCoercer != null ? linkCoercer.result() : deriveScalar(sourceProp.type, unlinked);
                method.links.add(new LinkSpec(name, sourceProp.name, null, linkCoercer == null ? null : linkCoercer.name()));
                props.add(destinationProp(name, type));
            } else if (!names.contains(sourceProp.name)) {
                JType type = deriveScalar(sourceProp.type, unlinked);
                names.add(sourceProp.name);
                props.add(destinationProp(sourceProp.name, type));
            }
        }
        int extras = random.nextInt(3);
        for (int i = 0; i < extras || props.isEmpty(); i++) {
            String name = freshName(names);
            if (sourceNames.contains(name) || state.paramNames.contains(name)) {
                continue; // an extra parameter of that name would clash with the source parameter
            }
            names.add(name);
            int roll = random.nextInt(4);
            if (roll == 0) {
                JType type = constantType();
                Object[] literal = literal(type);
                method.constants.add(new ConstSpec(name, (String) literal[0], literal[1], null));
                props.add(destinationProp(name, type));
            } else if (roll == 1 && state.extras) {
                JType type = sourceType(2);
                type = scalar(type) ? type : JType.val(ValKind.STRING);
                JType destination = deriveScalar(type, unlinked);
                method.extras.add(new Param(name, type));
                state.paramNames.add(name);
                props.add(destinationProp(name, destination));
            } else {
                // nothing links it: the update keeps its value (listed in allowUnlinked or not)
                JType type = pick(new JType[] {JType.val(ValKind.STRING), JType.val(ValKind.INT_BOX),
                    JType.prim(PrimKind.INT), JType.val(ValKind.BIG_DECIMAL)});
                if (!(type instanceof JType.Prim) && chance(0.5)) {
                    method.allowUnlinked.add(name);
                }
                props.add(destinationProp(name, type));
            }
        }
        Collections.shuffle(props, random);
        target.props.addAll(props);
        finishModel(target);
        method.intoName = pick(new String[] {"target", "into", "dto", "existing", "entity"});
        if (method.intoName.equals(method.sourceName) || names.contains(method.intoName)
                || state.paramNames.contains(method.intoName)) {
            method.intoName = "target" + (nameCounter++);
        }
        method.intoIndex = 1 + random.nextInt(method.extras.size() + 1);
    }

    private static boolean scalar(JType type) {
        return type instanceof JType.Prim || type instanceof JType.Val || type instanceof JType.Enum;
    }

    /** A scalar destination type that {@code source} converts to. */
    private JType deriveScalar(JType source, Pos pos) {
        for (int attempt = 0; attempt < 10; attempt++) {
            JType type = derive(source, pos, false);
            if (scalar(type)) {
                return type;
            }
        }
        return source;
    }

    /** Two methods with one name must not have the same erasure. */
    private void uniqueSignature(MethodSpec method) {
        String base = method.name;
        for (int i = 2; clashes(method); i++) {
            method.name = base + i;
        }
    }

    private boolean clashes(MethodSpec method) {
        for (MethodSpec other : spec.converter.methods) {
            if (other.name.equals(method.name) && erasure(other).equals(erasure(method))) {
                return true;
            }
        }
        return false;
    }

    private static String erasure(MethodSpec method) {
        StringBuilder text = new StringBuilder(erasure(method.source));
        for (Param extra : method.extras) {
            text.append(',').append(erasure(extra.type()));
        }
        return text.toString();
    }

    private static String erasure(JType type) {
        if (type instanceof Cont c) {
            return c.kind().type.getName();
        }
        if (type instanceof JType.Array a) {
            return erasure(a.component()) + "[]";
        }
        return type.source();
    }

    // ------------------------------------------------------------------ source types

    private JType sourceType(int depth) {
        int roll = random.nextInt(100);
        if (roll < 18) {
            return JType.prim(pick(PrimKind.values()));
        }
        if (roll < 45) {
            return JType.val(pick(new ValKind[] {ValKind.BOOLEAN_BOX, ValKind.BYTE_BOX, ValKind.SHORT_BOX,
                ValKind.CHAR_BOX, ValKind.INT_BOX, ValKind.INT_BOX, ValKind.LONG_BOX, ValKind.FLOAT_BOX,
                ValKind.DOUBLE_BOX, ValKind.STRING, ValKind.STRING, ValKind.STRING, ValKind.BIG_DECIMAL,
                ValKind.BIG_INTEGER, ValKind.LOCAL_DATE, ValKind.UUID_}));
        }
        if (roll < 53 && !sourceEnums.isEmpty()) {
            return new JType.Enum(pick(sourceEnums));
        }
        if (roll < 62) {
            return new JType.Model(pick(sourceModels));
        }
        if (roll < 68 && !genericModels.isEmpty() && depth < 2) {
            JType arg = JType.boxed(sourceType(depth + 1));
            if (chance(0.2)) {
                arg = new JType.Wild(false, arg); // a Holder<? extends Item> is read as holding Items
            }
            return new JType.Model(pick(genericModels), List.of(arg));
        }
        if (roll < 68) {
            return new JType.Model(pick(sourceModels));
        }
        if (depth >= 2) {
            return JType.val(ValKind.STRING);
        }
        if (roll < 75) {
            JType element = sourceType(depth + 1);
            return JType.reifiable(element) ? new JType.Array(element) : new JType.Array(JType.val(ValKind.INT_BOX));
        }
        if (roll < 80) {
            return new Cont(ContKind.MAP, List.of(keyType(), JType.boxed(sourceType(depth + 1))));
        }
        if (roll < 85) {
            JType element = JType.boxed(sourceType(depth + 1));
            if (element instanceof JType.Array || element instanceof Cont c && c.kind().isOptional()) {
                element = JType.val(ValKind.STRING);
            }
            return JType.optional(element);
        }
        JType element = JType.boxed(sourceType(depth + 1));
        ContKind kind = pick(new ContKind[] {ContKind.LIST, ContKind.LIST, ContKind.LIST, ContKind.SET, ContKind.SET,
            ContKind.COLLECTION, ContKind.ITERABLE, ContKind.SORTED_SET, ContKind.ARRAY_LIST});
        if (kind == ContKind.SORTED_SET && !JType.comparable(element)) {
            kind = ContKind.SET;
        }
        if (chance(0.12) && !(element instanceof JType.Prim)) {
            return new Cont(kind, new JType.Wild(false, element)); // read as holding its bound
        }
        return new Cont(kind, element);
    }

    private JType keyType() {
        int roll = random.nextInt(10);
        if (roll < 2 && !sourceEnums.isEmpty()) {
            return new JType.Enum(pick(sourceEnums));
        }
        return roll < 6 ? JType.val(ValKind.STRING) : JType.val(ValKind.INT_BOX);
    }

    // ------------------------------------------------------------------ coercers

    private void declareCoercers() {
        ConverterSpec converter = spec.converter;
        JType string = JType.val(ValKind.STRING);
        if (chance(0.35)) {
            addCoercer("intStr", JType.val(ValKind.INT_BOX), string, "\"i\" + v", true);
        }
        if (chance(0.25)) {
            addCoercer("numStr", JType.val(ValKind.NUMBER), string, "\"n\" + v", true);
        }
        if (chance(0.2)) {
            addCoercer("longStr", JType.val(ValKind.LONG_BOX), string, "\"l\" + v", true);
        }
        if (chance(0.25)) {
            addCoercer("strLen", string, JType.val(ValKind.INT_BOX), "v.length()", true);
        }
        if (chance(0.2)) {
            addCoercer("dateStr", JType.val(ValKind.LOCAL_DATE), string, "v.toString()", true);
        }
        if (chance(0.15)) {
            addCoercer("uuidStr", JType.val(ValKind.UUID_), string, "\"u\" + v", true);
        }
        if (chance(0.15)) {
            addCoercer("decLong", JType.val(ValKind.BIG_DECIMAL), JType.val(ValKind.LONG_BOX), "v.longValue()", true);
        }
        if (chance(0.12)) {
            addCoercer("optStr", JType.val(ValKind.INT_BOX), JType.optional(string),
                    "java.util.Optional.of(\"o\" + v)", true);
        }
        for (EnumSpec e : sourceEnums) {
            if (chance(0.25)) {
                addCoercer("label" + e.name, new JType.Enum(e), string,
                        "v.name().toLowerCase(java.util.Locale.ROOT)", true);
            }
        }
        for (ModelSpec model : sourceModels) {
            if (chance(0.1)) {
                addCoercer("describe" + model.name, new JType.Model(model), string,
                        "\"m:\" + v.getClass().getSimpleName()", true);
            }
        }
        // named by links only
        addCoercer("shout", string, string, "v.toUpperCase(java.util.Locale.ROOT) + \"!\"", false);
        addCoercer("twice", JType.val(ValKind.INT_BOX), JType.val(ValKind.INT_BOX), "v * 2", false);
        addCoercer("hashTag", JType.val(ValKind.INT_BOX), string, "\"#\" + v", false);
    }

    private void addCoercer(String name, JType param, JType result, String body, boolean annotated) {
        boolean inBase = spec.converter.hasBase && chance(0.5);
        boolean isDefault = (inBase || !spec.converter.abstractClass) && chance(0.25);
        spec.converter.coercers.add(new CoercerSpec(name, param, result, body, annotated, inBase, isDefault));
    }

    /** The @Coercer methods that convert {@code source} to {@code target} under rule 2, most specific first. */
    List<CoercerSpec> applicableCoercers(JType source, JType target) {
        List<CoercerSpec> found = new ArrayList<>();
        for (CoercerSpec coercer : spec.converter.coercers) {
            if (coercer.annotated() && coercer.result().equals(target) && Oracle.isSubtype(source, coercer.param())) {
                found.add(coercer);
            }
        }
        return found;
    }

    /** Whether any @Coercer method accepts {@code source} (strictly or with boxing), whatever it returns. */
    private boolean anyCoercerAccepts(JType source) {
        for (CoercerSpec coercer : spec.converter.coercers) {
            if (coercer.annotated() && (Oracle.isSubtype(source, coercer.param())
                    || Oracle.isSubtype(JType.boxed(source), coercer.param()))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ derivation

    /**
     * A destination type that {@code source} converts to by the README's coercion rules. {@code ref}
     * asks for a reference type (a generic argument).
     */
    private JType derive(JType source, Pos pos, boolean ref) {
        for (MethodSpec method : reusable) {
            if (method.result != null && method.source.equals(source) && chance(source instanceof JType.Model ? 0.4 : 0.7)) {
                reused.add(method);
                return method.result;
            }
        }
        if (source instanceof JType.Prim p) {
            return derivePrim(p.kind(), ref);
        }
        if (source instanceof JType.Val v) {
            return deriveVal(v, ref);
        }
        if (source instanceof JType.Enum e) {
            int roll = random.nextInt(10);
            List<CoercerSpec> coercers = applicableCoercers(source, JType.val(ValKind.STRING));
            if (roll < 1 && !coercers.isEmpty()) {
                return JType.val(ValKind.STRING);
            }
            if (roll < 4) {
                return source;
            }
            JType destination = new JType.Enum(supersetEnum(e.spec()));
            return roll < 5 ? JType.optional(destination) : destination;
        }
        if (source instanceof JType.Model m && !m.args().isEmpty()) {
            return deriveGeneric(m, pos);
        }
        if (source instanceof JType.Model m) {
            int roll = random.nextInt(20);
            if (roll < 1 && !applicableCoercers(source, JType.val(ValKind.STRING)).isEmpty()) {
                return JType.val(ValKind.STRING);
            }
            if (roll < 3 && !ref) {
                return JType.optional(deriveModel(m.spec(), pos));
            }
            return deriveModel(m.spec(), pos);
        }
        if (source instanceof JType.Array a) {
            return deriveIterable(a.component(), pos);
        }
        Cont cont = (Cont) source;
        if (cont.kind().isOptional()) {
            JType element = derive(cont.element(), cont.element() instanceof JType.Model ? pos : unlinkable(pos), true);
            if (element instanceof Cont c && c.kind().isOptional()) {
                element = cont.element();
            }
            return JType.optional(element);
        }
        if (cont.kind().isMap()) {
            JType key = deriveKey(cont.key());
            JType value = derive(cont.element(), cont.element() instanceof JType.Model ? pos : unlinkable(pos), true);
            ContKind kind = pick(new ContKind[] {ContKind.MAP, ContKind.MAP, ContKind.HASH_MAP, ContKind.LINKED_HASH_MAP,
                ContKind.SORTED_MAP, ContKind.NAVIGABLE_MAP, ContKind.TREE_MAP});
            if (kind.isSorted() && !JType.comparable(key)) {
                kind = ContKind.MAP;
            }
            return new Cont(kind, List.of(key, value));
        }
        return deriveIterable(cont.element(), pos);
    }

    /** A generic destination model for a generic source model: its type variable's properties keep their shape. */
    private JType deriveGeneric(JType.Model source, Pos pos) {
        if (!(source.args().get(0) instanceof JType.Wild) && chance(0.05)) {
            return source; // same type: assigned, shared
        }
        JType argument = derive(JType.unwild(source.args().get(0)), unlinkable(pos), true);
        ModelSpec destination = newModel(true);
        destination.typeParams.add("T");
        boolean linkless = !pos.linkable() || chance(0.4);
        Pos inner = linkless ? unlinkable(pos) : pos;
        Set<String> names = new HashSet<>();
        List<Prop> props = new ArrayList<>();
        JType t = new JType.TypeVar("T");
        for (Prop sourceProp : source.spec().allProps()) {
            if (chance(0.15) && props.size() + 1 < source.spec().allProps().size()) {
                continue;
            }
            String name = sourceProp.name;
            boolean rename = !linkless && pos.fromBase != null && chance(0.3);
            if (rename) {
                name = freshName(names);
                inner.method.links.add(new LinkSpec(pos.to + name, pos.fromBase + sourceProp.name, null, null));
            } else if (names.contains(name)) {
                continue;
            }
            names.add(name);
            JType type;
            if (JType.mentionsTypeVar(sourceProp.type)) {
                type = sourceProp.type;
                if (type instanceof JType.TypeVar && chance(0.2) && !(argument instanceof Cont)) {
                    type = JType.optional(t);
                } else if (type instanceof Cont c && c.kind() == ContKind.LIST && chance(0.3)) {
                    type = new Cont(pick(new ContKind[] {ContKind.COLLECTION, ContKind.SET, ContKind.ITERABLE}), t);
                } else if (type instanceof Cont c && c.kind() == ContKind.SET && chance(0.3)) {
                    type = JType.list(t);
                }
            } else {
                type = derive(sourceProp.type, child(inner, name, sourceProp.name), false);
            }
            props.add(destinationProp(name, type));
        }
        destination.props.addAll(props);
        finishModel(destination);
        return new JType.Model(destination, List.of(argument));
    }

    private JType deriveIterable(JType element, Pos pos) {
        // one level of container around a model keeps links reaching its elements
        Pos elementPos = element instanceof JType.Model ? pos : unlinkable(pos);
        if (chance(0.2)) {
            JType component = derive(element, elementPos, false);
            if (JType.reifiable(component)) {
                return new JType.Array(component);
            }
            if (JType.isReference(component)) {
                return JType.list(component);
            }
        }
        JType destination = derive(element, elementPos, true);
        ContKind kind = pick(new ContKind[] {ContKind.LIST, ContKind.LIST, ContKind.LIST, ContKind.SET, ContKind.SET,
            ContKind.COLLECTION, ContKind.ITERABLE, ContKind.ARRAY_LIST, ContKind.LINKED_LIST, ContKind.HASH_SET,
            ContKind.LINKED_HASH_SET, ContKind.SORTED_SET, ContKind.NAVIGABLE_SET, ContKind.TREE_SET, ContKind.QUEUE,
            ContKind.DEQUE, ContKind.ARRAY_DEQUE});
        if (kind.isSorted() && !JType.comparable(destination)) {
            kind = ContKind.LIST;
        }
        if (chance(0.1)) {
            boolean superBound = chance(0.5);
            return new Cont(kind, new JType.Wild(superBound, destination)); // filled with its bound
        }
        return new Cont(kind, destination);
    }

    private JType deriveKey(JType key) {
        if (key instanceof JType.Enum e) {
            return chance(0.5) ? key : new JType.Enum(supersetEnum(e.spec()));
        }
        List<CoercerSpec> coercers = applicableCoercers(key, JType.val(ValKind.STRING));
        if (!coercers.isEmpty() && chance(0.5)) {
            return JType.val(ValKind.STRING);
        }
        return key;
    }

    private JType derivePrim(PrimKind kind, boolean ref) {
        if (ref) {
            return JType.val(kind.boxKind());
        }
        int roll = random.nextInt(20);
        if (roll < 3) {
            return JType.val(kind.boxKind());
        }
        if (roll < 6) {
            List<PrimKind> wider = new ArrayList<>();
            for (PrimKind other : PrimKind.values()) {
                if (kind.widensTo(other)) {
                    wider.add(other);
                }
            }
            if (!wider.isEmpty()) {
                return JType.prim(pick(wider));
            }
        }
        if (roll < 7) {
            return JType.optional(JType.val(kind.boxKind()));
        }
        if (roll < 8 && !anyCoercerAccepts(JType.prim(kind))) {
            return JType.val(pick(new ValKind[] {ValKind.OBJECT, kind == PrimKind.BOOLEAN || kind == PrimKind.CHAR
                    ? ValKind.OBJECT : ValKind.NUMBER}));
        }
        return JType.prim(kind);
    }

    private JType deriveVal(JType.Val v, boolean ref) {
        int roll = random.nextInt(20);
        PrimKind unboxed = v.kind().unboxed();
        if (roll < 5) {
            List<JType> targets = new ArrayList<>();
            for (CoercerSpec coercer : spec.converter.coercers) {
                if (coercer.annotated() && Oracle.isSubtype(v, coercer.param())
                        && !targets.contains(coercer.result()) && !ref || coercer.annotated()
                        && Oracle.isSubtype(v, coercer.param()) && !targets.contains(coercer.result())) {
                    targets.add(coercer.result());
                }
            }
            if (!targets.isEmpty()) {
                return pick(targets);
            }
        }
        if (roll < 8 && unboxed != null && !ref) {
            if (roll == 7) {
                for (PrimKind other : PrimKind.values()) {
                    if (unboxed.widensTo(other)) {
                        return JType.prim(other);
                    }
                }
            }
            return JType.prim(unboxed);
        }
        if (roll < 9 && !anyCoercerAccepts(v)) {
            return switch (v.kind()) {
                case STRING -> JType.val(chance(0.5) ? ValKind.CHAR_SEQUENCE : ValKind.OBJECT);
                case BOOLEAN_BOX, CHAR_BOX, LOCAL_DATE, UUID_ -> JType.val(ValKind.OBJECT);
                default -> JType.val(chance(0.5) ? ValKind.NUMBER : ValKind.OBJECT);
            };
        }
        if (roll < 10) {
            return JType.optional(v);
        }
        return v;
    }

    private EnumSpec supersetEnum(EnumSpec source) {
        EnumSpec e = newEnum();
        List<String> constants = new ArrayList<>(source.constants);
        for (String extra : CONSTANTS) {
            if (!constants.contains(extra) && chance(0.15)) {
                constants.add(extra);
            }
        }
        Collections.shuffle(constants, random);
        e.constants.addAll(constants);
        return e;
    }

    private static Pos unlinkable(Pos pos) {
        return new Pos(pos.method, pos.state, null, null, false, pos.root, pos.depth + 1);
    }

    /** A destination model for a source model: reused where the README allows it, else fresh. */
    private JType deriveModel(ModelSpec source, Pos pos) {
        int roll = random.nextInt(20);
        if (roll < 1) {
            return new JType.Model(source); // same type: assigned, shared
        }
        List<Derived> linkless = new ArrayList<>();
        for (Derived d : derived) {
            if (d.source == source && d.linkless) {
                linkless.add(d);
            }
        }
        boolean recursive = false;
        for (Derived d : inProgress) {
            recursive |= d.source == source;
        }
        if (!linkless.isEmpty() && (recursive || roll < 8)) {
            return new JType.Model(pick(linkless).destination);
        }
        boolean deep = pos.depth > 3 || recursive;
        return new JType.Model(deriveFresh(source, deep ? unlinkable(pos) : pos, true));
    }

    private final List<Derived> inProgress = new ArrayList<>();

    private ModelSpec deriveFresh(ModelSpec source, Pos pos, boolean nested) {
        ModelSpec destination = newModel(true);
        fillDestination(source, destination, pos, nested);
        return destination;
    }

    private void fillDestination(ModelSpec source, ModelSpec destination, Pos pos, boolean nested) {
        fillDestination(source, destination, pos, nested, source.allProps());
    }

    private void fillDestination(ModelSpec source, ModelSpec destination, Pos pos, boolean nested,
            List<Prop> sourceProps) {
        boolean linkless = !pos.linkable() || (nested && chance(0.3));
        if (linkless) {
            // position-independent all the way down, so that it may be reused anywhere
            pos = unlinkable(pos);
        }
        Derived entry = new Derived(source, destination, linkless);
        derived.add(entry);
        inProgress.add(entry);
        MethodSpec method = pos.method;
        List<Prop> props = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (destination.base != null) {
            names.addAll(names(destination.base.allProps())); // inherited destination properties
        }
        Set<String> sourceNames = new HashSet<>();
        for (Prop prop : source.allProps()) {
            sourceNames.add(prop.name);
        }
        for (Prop sourceProp : sourceProps) {
            if (chance(0.2)) {
                continue; // ignored source property
            }
            boolean rename = !linkless && pos.fromBase != null && chance(0.35);
            if (!rename) {
                if (names.contains(sourceProp.name)) {
                    continue;
                }
                names.add(sourceProp.name);
                JType type = derive(sourceProp.type, child(pos, sourceProp.name, sourceProp.name), false);
                props.add(destinationProp(sourceProp.name, type));
                continue;
            }
            String name = freshName(names);
            names.add(name);
            String from = pos.fromBase + sourceProp.name;
            String coercer = null;
            JType type;
            CoercerSpec linkCoercer = chance(0.25) ? linkCoercerFor(sourceProp.type) : null;
            if (linkCoercer != null) {
                coercer = linkCoercer.name();
                type = linkCoercer.result();
            } else {
                type = derive(sourceProp.type, child(pos, name, sourceProp.name), false);
            }
            method.links.add(new LinkSpec(pos.to + name, from, null, coercer));
            props.add(destinationProp(name, type));
        }
        if (!linkless) {
            int extras = random.nextInt(3);
            for (int i = 0; i < extras; i++) {
                Prop extra = extraProp(pos, names, sourceNames);
                if (extra != null) {
                    props.add(extra);
                }
            }
        }
        if (props.isEmpty() && !sourceProps.isEmpty()) {
            // keep at least one property: the first source property by name
            Prop first = sourceProps.get(0);
            if (!names.contains(first.name)) {
                names.add(first.name);
                props.add(destinationProp(first.name, derive(first.type, child(pos, first.name, first.name), false)));
            }
        }
        if (props.isEmpty()) {
            props.add(destinationProp(freshName(names), JType.val(ValKind.STRING)));
            method.allowUnlinked.add(pos.to + props.get(0).name);
        }
        Collections.shuffle(props, random);
        inProgress.remove(entry);
        destination.props.addAll(props);
        finishModel(destination);
    }

    private Prop destinationProp(String name, JType type) {
        Prop prop = new Prop(name, type);
        if (isBooleanish(type) && chance(0.5)) {
            prop.isGetter = true;
        }
        // A type variable may stand for String, and then no call can choose between the two setters
        // (a compile error, see ErrorsAmbiguousSetterTest).
        prop.overloadedSetter = !type.equals(JType.val(ValKind.STRING)) && chance(0.12)
                && !JType.mentionsTypeVar(type);
        return prop;
    }

    private CoercerSpec linkCoercerFor(JType source) {
        List<CoercerSpec> candidates = new ArrayList<>();
        for (CoercerSpec coercer : spec.converter.coercers) {
            if (Oracle.isSubtype(source, coercer.param()) && !(coercer.result() instanceof Cont)) {
                candidates.add(coercer);
            }
        }
        return candidates.isEmpty() ? null : pick(candidates);
    }

    private static Pos child(Pos pos, String to, String fromRelative) {
        return new Pos(pos.method, pos.state, pos.to == null ? null : pos.to + to + ".",
                pos.fromBase == null || fromRelative == null ? null : pos.fromBase + fromRelative + ".", false, pos.root,
                pos.depth + 1);
    }

    /** A destination property filled by something other than a same-name source property. */
    private Prop extraProp(Pos pos, Set<String> names, Set<String> sourceNames) {
        MethodSpec method = pos.method;
        String name = freshName(names);
        int roll = random.nextInt(6);
        switch (roll) {
            case 0 -> {
                // a literal constant
                JType type = constantType();
                Object[] literal = literal(type);
                method.constants.add(new ConstSpec(pos.to + name, (String) literal[0], literal[1], null));
                names.add(name);
                return destinationProp(name, type);
            }
            case 1 -> {
                if (!pos.state.factories) {
                    return null;
                }
                JType type = pick(new JType[] {JType.val(ValKind.STRING), JType.prim(PrimKind.INT),
                    JType.val(ValKind.LONG_BOX), JType.val(ValKind.INT_BOX)});
                for (FactorySpec factory : spec.converter.factories) {
                    for (MethodSpec other : spec.converter.methods) {
                        for (ConstSpec c : other.constants) {
                            if (factory.name().equals(c.factory())) {
                                return null; // one use per factory and case
                            }
                        }
                    }
                    for (ConstSpec c : method.constants) {
                        if (factory.name().equals(c.factory())) {
                            return null;
                        }
                    }
                }
                int n = spec.converter.factories.size();
                FactorySpec factory = new FactorySpec("stamp" + n, type, "c" + n);
                spec.converter.factories.add(factory);
                method.constants.add(new ConstSpec(pos.to + name, null, null, factory.name()));
                names.add(name);
                return destinationProp(name, type);
            }
            case 2 -> {
                // an absolute path from the method's source, through models only
                List<String[]> paths = new ArrayList<>();
                rootPaths(pos.root, "", 0, paths, new ArrayList<>());
                if (paths.isEmpty()) {
                    return null;
                }
                String[] path = pick(paths);
                JType pathType = pathType(pos.root, path[0]);
                if (pathType instanceof JType.Prim && chance(0.5) && path[0].contains(".")) {
                    pathType = null; // a null intermediate would throw; allowed, but not too often
                }
                if (pathType == null) {
                    return null;
                }
                names.add(name);
                JType type = derive(pathType, childFromPath(pos, name, path[0]), false);
                method.links.add(new LinkSpec(pos.to + name, path[0], null, null));
                return destinationProp(name, type);
            }
            case 3, 4 -> {
                if (!pos.state.extras) {
                    return null;
                }
                JType paramType = paramType();
                boolean byName = pos.top && roll == 4 && !pos.state.paramNames.contains(name);
                String paramName = byName ? name : "arg" + (paramCounter++);
                if (pos.state.paramNames.contains(paramName)) {
                    return null;
                }
                pos.state.paramNames.add(paramName);
                method.extras.add(new Param(paramName, paramType));
                names.add(name);
                Pos paramPos = new Pos(method, pos.state, pos.to == null ? null : pos.to + name + ".", null, false,
                        pos.root, pos.depth + 1);
                JType type = derive(paramType, paramPos, false);
                if (!byName) {
                    method.links.add(new LinkSpec(pos.to + name, null, paramName, null));
                }
                return destinationProp(name, type);
            }
            default -> {
                if (sourceNames.contains(name) || pos.top && pos.state.paramNames.contains(name)) {
                    return null;
                }
                JType type = pick(new JType[] {JType.val(ValKind.STRING), JType.val(ValKind.INT_BOX),
                    JType.optional(JType.val(ValKind.STRING)), JType.list(JType.val(ValKind.STRING)),
                    JType.val(ValKind.BIG_DECIMAL)});
                names.add(name);
                method.allowUnlinked.add(pos.to + name);
                Prop prop = destinationProp(name, type);
                prop.initializer = "unlinked"; // marker: finishModel chooses the initializer
                return prop;
            }
        }
    }

    private Pos childFromPath(Pos pos, String to, String path) {
        return new Pos(pos.method, pos.state, pos.to == null ? null : pos.to + to + ".", path + ".", false, pos.root,
                pos.depth + 1);
    }

    /** Paths from a model through model properties (no containers), to any property; at most three long. */
    private void rootPaths(ModelSpec model, String prefix, int depth, List<String[]> out, List<ModelSpec> seen) {
        if (depth >= 3 || seen.contains(model)) {
            return;
        }
        seen.add(model);
        for (Prop prop : model.allProps()) {
            boolean leafOk = !(prop.type instanceof JType.Model) || chance(0.3);
            if (leafOk && !(prop.type instanceof Cont c && c.kind().isOptional() && depth == 0 && chance(0.5))) {
                out.add(new String[] {prefix + prop.name});
            }
            if (prop.type instanceof JType.Model m && m.args().isEmpty()) {
                rootPaths(m.spec(), prefix + prop.name + ".", depth + 1, out, seen);
            }
        }
        seen.remove(model);
    }

    static JType pathType(ModelSpec root, String path) {
        ModelSpec model = root;
        JType type = null;
        for (String segment : path.split("\\.")) {
            if (model == null) {
                return null;
            }
            Prop prop = model.prop(segment);
            if (prop == null) {
                return null;
            }
            type = prop.type;
            model = type instanceof JType.Model m ? m.spec() : null;
        }
        return type;
    }

    private JType paramType() {
        int roll = random.nextInt(10);
        if (roll < 5) {
            return sourceType(2);
        }
        if (roll < 7) {
            return new JType.Model(pick(sourceModels));
        }
        return sourceType(1);
    }

    private JType constantType() {
        int roll = random.nextInt(12);
        if (roll < 6) {
            return JType.prim(pick(PrimKind.values()));
        }
        if (roll < 9) {
            return JType.val(pick(new ValKind[] {ValKind.STRING, ValKind.STRING, ValKind.INT_BOX, ValKind.LONG_BOX,
                ValKind.DOUBLE_BOX, ValKind.BOOLEAN_BOX, ValKind.CHAR_BOX, ValKind.BYTE_BOX, ValKind.SHORT_BOX,
                ValKind.FLOAT_BOX}));
        }
        if (roll < 10 && !sourceEnums.isEmpty()) {
            return new JType.Enum(supersetEnum(pick(sourceEnums)));
        }
        return JType.val(chance(0.5) ? ValKind.BIG_DECIMAL : ValKind.BIG_INTEGER);
    }

    /** A literal for a constant of {@code type}, and the value it must become: {text, value}. */
    private Object[] literal(JType type) {
        if (type instanceof JType.Enum e) {
            String constant = pick(e.spec().constants);
            return new Object[] {constant, constant};
        }
        PrimKind kind = type instanceof JType.Prim p ? p.kind() : ((JType.Val) type).kind().unboxed();
        if (kind == null) {
            return switch (((JType.Val) type).kind()) {
                case STRING -> {
                    String text = randomString(random, true);
                    yield new Object[] {text, text};
                }
                case BIG_DECIMAL -> {
                    String text = pick(new String[] {"12.50", "-0.001", "1e3", "0", "+7", "123456789012345678901234.5",
                        "-1.5E-3", "42"});
                    yield new Object[] {text, new BigDecimal(text)};
                }
                default -> {
                    String text = pick(new String[] {"0", "-1", "+12", "123456789012345678901234567890",
                        "-9223372036854775809"});
                    yield new Object[] {text, new BigInteger(text)};
                }
            };
        }
        return switch (kind) {
            case BOOLEAN -> {
                boolean b = random.nextBoolean();
                yield new Object[] {String.valueOf(b), b};
            }
            case CHAR -> {
                char c = pick(new Character[] {'x', '\'', '"', '\\', '\n', '\t', '\u00e9', '\u20ac', ' ', '0', '\u0000',
                    '\ud7ff'});
                yield new Object[] {String.valueOf(c), c};
            }
            case BYTE -> {
                String text = pick(new String[] {"0", "-128", "127", "+5", "-7"});
                yield new Object[] {text, Byte.parseByte(text)};
            }
            case SHORT -> {
                String text = pick(new String[] {"0", "-32768", "32767", "+300", "-12"});
                yield new Object[] {text, Short.parseShort(text)};
            }
            case INT -> {
                String text = pick(new String[] {"0", "42", "-1", "+17", "2147483647", "-2147483648", "100000"});
                yield new Object[] {text, Integer.parseInt(text)};
            }
            case LONG -> {
                String text = pick(new String[] {"0", "42", "-1", "9223372036854775807", "-9223372036854775808",
                    "2147483648", "+3"});
                yield new Object[] {text, Long.parseLong(text)};
            }
            case FLOAT -> {
                String text = pick(new String[] {"0", "1.5", "-2.25", "3.4028235e38", "1.4e-45", "-0.0", "42", "1e10",
                    "0.1", "+6.5E-3"});
                yield new Object[] {text, Float.parseFloat(text)};
            }
            case DOUBLE -> {
                String text = pick(new String[] {"0", "1.5", "-1.5e3", "1.7976931348623157e308", "4.9e-324", "-0.0",
                    "42", "0.1", "+2.5E-10", "123456789012345678"});
                yield new Object[] {text, Double.parseDouble(text)};
            }
        };
    }

    /** A random string: ASCII mostly, with quotes, backslashes, control and non-ASCII characters. */
    static String randomString(Random random, boolean tricky) {
        int length = random.nextInt(6);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int roll = random.nextInt(tricky ? 14 : 10);
            char c = switch (roll) {
                case 10 -> '"';
                case 11 -> '\\';
                case 12 -> "\n\t\r\u0000\u0007".charAt(random.nextInt(5));
                case 13 -> "\u00e9\u20ac\u4e2d\u0416$".charAt(random.nextInt(5));
                default -> (char) ('a' + random.nextInt(26));
            };
            text.append(c);
        }
        return text.toString();
    }

    // ------------------------------------------------------------------ types and names

    private EnumSpec newEnum() {
        EnumSpec e = new EnumSpec();
        e.owner = spec;
        e.name = freshTypeName();
        e.holder = pick(Holder.values());
        spec.enums.add(e);
        return e;
    }

    private ModelSpec newModel(boolean destination) {
        ModelSpec model = new ModelSpec();
        model.owner = spec;
        model.name = freshTypeName() + (destination ? pick(new String[] {"Dto", "View", "", "Out", "Data"}) : "");
        if (destination && typeNames.contains(model.name)) {
            model.name = model.name + (nameCounter++);
        }
        typeNames.add(model.name);
        model.destination = destination;
        model.holder = pick(Holder.values());
        spec.models.add(model);
        return model;
    }

    /** Chooses the destination kind, constructors, superclass and initializers once properties are known. */
    private void finishModel(ModelSpec model) {
        if (model.destination && model.kind == null) {
            model.kind = pick(new ModelKind[] {ModelKind.RECORD, ModelKind.RECORD, ModelKind.BEAN, ModelKind.BEAN,
                ModelKind.CTOR, ModelKind.MIXED, ModelKind.FIELDS});
            if (model.kind == ModelKind.MIXED && model.props.size() < 2) {
                model.kind = ModelKind.CTOR;
            }
        }
        for (Prop prop : model.props) {
            boolean unlinked = "unlinked".equals(prop.initializer);
            prop.initializer = null;
            if ((model.kind == ModelKind.BEAN || model.kind == ModelKind.FIELDS) && model.destination
                    && (unlinked ? chance(0.7) : chance(0.15))) {
                initializer(prop);
            }
        }
        switch (model.kind) {
            case CTOR -> {
                for (Prop prop : model.props) {
                    model.constructorOrder.add(prop.name);
                }
                if (chance(0.5)) {
                    Collections.shuffle(model.constructorOrder, random);
                }
                model.narrowConstructor = model.destination && chance(0.25);
                // (without properties, the extra constructor would be the one it has)
                model.extraConstructor = model.destination && model.typeParams.isEmpty() && chance(0.15)
                        && !model.props.isEmpty();
            }
            case MIXED -> {
                List<String> names = new ArrayList<>();
                for (Prop prop : model.props) {
                    names.add(prop.name);
                }
                Collections.shuffle(names, random);
                model.constructorOrder.addAll(names.subList(0, 1 + random.nextInt(names.size() - 1)));
            }
            case BEAN, FIELDS -> {
                model.extraConstructor = model.destination && model.kind == ModelKind.BEAN && model.base == null
                        && model.subclasses.isEmpty() && !model.isAbstract && chance(0.15) && !model.props.isEmpty();
                if (model.props.size() >= 2 && model.typeParams.isEmpty() && model.base == null
                        && model.subclasses.isEmpty() && chance(0.2)) {
                    ModelSpec base = new ModelSpec();
                    base.owner = spec;
                    base.kind = ModelKind.BASE;
                    base.destination = model.destination;
                    base.holder = model.holder;
                    base.name = model.name + (model.kind == ModelKind.FIELDS ? "BaseFields" : "Base");
                    typeNames.add(base.name);
                    int inherited = 1 + random.nextInt(model.props.size() - 1);
                    base.props.addAll(model.props.subList(0, inherited));
                    model.props.subList(0, inherited).clear();
                    model.base = base;
                }
            }
            default -> {
            }
        }
    }

    private void initializer(Prop prop) {
        JType type = prop.type;
        if (type instanceof JType.Val v) {
            switch (v.kind()) {
                case STRING -> {
                    prop.initializer = "\"init\"";
                    prop.initialValue = "init";
                }
                case INT_BOX -> {
                    prop.initializer = "7";
                    prop.initialValue = 7;
                }
                case BIG_DECIMAL -> {
                    prop.initializer = "java.math.BigDecimal.TEN";
                    prop.initialValue = BigDecimal.TEN;
                }
                default -> {
                }
            }
        } else if (type instanceof Cont c && c.kind() == ContKind.OPTIONAL && c.element().equals(JType.val(ValKind.STRING))) {
            prop.initializer = "java.util.Optional.of(\"init\")";
            prop.initialValue = java.util.Optional.of("init");
        } else if (type instanceof Cont c && c.kind() == ContKind.LIST) {
            prop.initializer = "new java.util.ArrayList<>()";
            prop.initialValue = new java.util.ArrayList<>();
        } else if (type instanceof JType.Prim p && p.kind() == PrimKind.INT) {
            prop.initializer = "-3";
            prop.initialValue = -3;
        }
    }

    private String freshTypeName() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = chance(Double.parseDouble(System.getProperty("clash", "0.04"))) ? pick(CLASHING_TYPE_NAMES) : pick(TYPE_NAMES);
            if (!typeNames.contains(name)) {
                typeNames.add(name);
                return name;
            }
        }
        String name = "Type" + (nameCounter++);
        typeNames.add(name);
        return name;
    }

    private String freshName(Set<String> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = pick(PROPERTY_NAMES);
            if (!taken.contains(name)) {
                return name;
            }
        }
        return "p" + (nameCounter++);
    }

    private static boolean isBooleanish(JType type) {
        return type.equals(JType.prim(PrimKind.BOOLEAN)) || type.equals(JType.val(ValKind.BOOLEAN_BOX));
    }

    static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // ------------------------------------------------------------------ invalid cases

    /** Adds exactly one mistake; false when this case has no place for it. */
    private boolean mutate() {
        List<MethodSpec> candidates = new ArrayList<>();
        for (MethodSpec method : spec.converter.methods) {
            if (method.result instanceof JType.Model && !method.result.equals(method.source)
                    && !reused.contains(method) && !method.inGenericBase) {
                candidates.add(method);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        MethodSpec method = pick(candidates);
        ModelSpec destination = ((JType.Model) method.result).spec();
        ModelSpec source = ((JType.Model) method.source).spec();
        // properties of the root destination that a same-name source property fills and nothing else touches
        List<Prop> byName = new ArrayList<>();
        for (Prop prop : destination.allProps()) {
            if (source.prop(prop.name) != null && !linked(method, prop.name) && !paramNamed(method, prop.name)) {
                byName.add(prop);
            }
        }
        Set<String> names = new HashSet<>();
        for (Prop prop : destination.allProps()) {
            names.add(prop.name);
        }
        for (Prop prop : source.allProps()) {
            names.add(prop.name);
        }
        for (Param param : method.extras) {
            names.add(param.name());
        }
        int roll = random.nextInt(15);
        switch (roll) {
            case 0 -> {
                String name = "extra" + (nameCounter++);
                addProp(destination, new Prop(name, JType.val(ValKind.STRING)));
                spec.mutation = "destination property '" + name + "' that nothing fills";
                spec.expectedError = "[Transmute/Unlinked]";
            }
            case 1 -> {
                if (byName.isEmpty()) {
                    return false;
                }
                Prop prop = pick(byName);
                method.links.add(new LinkSpec(prop.name, prop.name + "x", null, null));
                spec.mutation = "@Link from an unknown path";
                spec.expectedError = "[Transmute/UnknownPath]";
            }
            case 2 -> {
                if (byName.isEmpty()) {
                    return false;
                }
                Prop prop = pick(byName);
                method.links.add(new LinkSpec(prop.name, null, "missing" + prop.capitalized(), null));
                spec.mutation = "@Link fromParam names no parameter";
                spec.expectedError = "[Transmute/UnknownParam]";
            }
            case 3 -> {
                EnumSpec sourceEnum = newEnum();
                sourceEnum.constants.addAll(List.of("ONE", "TWO", "THREE"));
                EnumSpec destinationEnum = newEnum();
                destinationEnum.constants.addAll(List.of("THREE", "ONE"));
                String name = "extra" + (nameCounter++);
                addProp(source, new Prop(name, new JType.Enum(sourceEnum)));
                addProp(destination, new Prop(name, new JType.Enum(destinationEnum)));
                spec.mutation = "enum property whose destination lacks TWO";
                spec.expectedError = "[Transmute/EnumConstant]";
            }
            case 4 -> {
                String name = "extra" + (nameCounter++);
                addProp(source, new Prop(name, JType.prim(PrimKind.BOOLEAN)));
                addProp(destination, new Prop(name, JType.val(ValKind.STRING)));
                spec.mutation = "boolean to String without a coercer";
                spec.expectedError = "[Transmute/NoCoercion]";
            }
            case 5 -> {
                List<Prop> constable = new ArrayList<>();
                for (Prop prop : byName) {
                    if (prop.type instanceof JType.Prim || prop.type instanceof JType.Enum) {
                        constable.add(prop);
                    }
                }
                if (constable.isEmpty()) {
                    return false;
                }
                Prop prop = pick(constable);
                String bad = badLiteral(prop.type);
                method.constants.add(new ConstSpec(prop.name, bad, null, null));
                spec.mutation = "@LinkConstant literal " + bad + " for " + prop.type.source();
                spec.expectedError = "[Transmute/Constant]";
            }
            case 6 -> {
                List<LinkSpec> links = new ArrayList<>();
                for (LinkSpec link : method.links) {
                    if (!link.to().contains(".")) {
                        links.add(link);
                    }
                }
                if (links.isEmpty()) {
                    return false;
                }
                LinkSpec link = pick(links);
                method.links.add(new LinkSpec(link.to(), link.from() != null ? link.from() : null,
                        link.fromParam(), link.coercer()));
                spec.mutation = "the same @Link twice";
                spec.expectedError = "[Transmute/DuplicateLink]";
            }
            case 7 -> {
                List<Prop> primitives = new ArrayList<>();
                for (Prop prop : byName) {
                    if (prop.type instanceof JType.Prim) {
                        primitives.add(prop);
                    }
                }
                if (primitives.isEmpty()) {
                    return false;
                }
                method.allowUnlinked.add(pick(primitives).name);
                spec.mutation = "allowUnlinked names a primitive";
                spec.expectedError = "[Transmute/AllowUnlinked]";
            }
            case 8 -> {
                if (byName.isEmpty()) {
                    return false;
                }
                Prop prop = pick(byName);
                method.links.add(new LinkSpec(prop.name, prop.name, null, "noSuchCoercer"));
                spec.mutation = "@Link coercer names no method";
                spec.expectedError = "[Transmute/UnknownMethod]";
            }
            case 9 -> {
                if (byName.isEmpty()) {
                    return false;
                }
                Prop prop = pick(byName);
                String param = "extraArg" + (nameCounter++);
                method.extras.add(new Param(param, JType.val(ValKind.STRING)));
                method.links.add(new LinkSpec(prop.name, prop.name, param, null));
                spec.mutation = "@Link with both from and fromParam";
                spec.expectedError = "[Transmute/LinkSource]";
            }
            case 10 -> {
                List<Prop> scalars = new ArrayList<>();
                for (Prop prop : byName) {
                    if (scalar(prop.type)) {
                        scalars.add(prop);
                    }
                }
                if (scalars.isEmpty()) {
                    return false;
                }
                Prop prop = pick(scalars);
                method.links.add(new LinkSpec(prop.name + ".inner", prop.name, null, null));
                spec.mutation = "@Link reaching inside " + prop.type.source() + " " + prop.name;
                spec.expectedError = "[Transmute/NestedLink]";
            }
            case 11 -> {
                method.allowUnlinked.add("noSuchProperty" + (nameCounter++));
                spec.mutation = "allowUnlinked names no destination property";
                spec.expectedError = "[Transmute/UnknownPath]";
            }
            case 12 -> {
                EnumSpec tied = newEnum();
                tied.constants.addAll(List.of("ONE", "TWO"));
                String name = "extra" + (nameCounter++);
                addProp(source, new Prop(name, new JType.Enum(tied)));
                addProp(destination, new Prop(name, JType.val(ValKind.STRING)));
                spec.converter.coercers.add(new CoercerSpec("tieA", new JType.Enum(tied), JType.val(ValKind.STRING),
                        "\"a\" + v", true, false, false));
                spec.converter.coercers.add(new CoercerSpec("tieB", new JType.Enum(tied), JType.val(ValKind.STRING),
                        "\"b\" + v", true, false, false));
                spec.mutation = "two @Coercer methods from " + tied.name + " to String";
                spec.expectedError = "[Transmute/Ambiguous]";
            }
            case 13 -> {
                ModelSpec nestedSource = newModel(false);
                nestedSource.kind = ModelKind.RECORD;
                nestedSource.props.add(new Prop("label", JType.val(ValKind.STRING)));
                ModelSpec abstractDestination = newModel(true);
                abstractDestination.kind = ModelKind.BEAN;
                abstractDestination.isAbstract = true;
                abstractDestination.props.add(new Prop("label", JType.val(ValKind.STRING)));
                String name = "extra" + (nameCounter++);
                addProp(source, new Prop(name, new JType.Model(nestedSource)));
                addProp(destination, new Prop(name, new JType.Model(abstractDestination)));
                spec.mutation = "a nested destination that is an abstract class";
                spec.expectedError = "[Transmute/Construction]";
            }
            default -> {
                EnumSpec unused = newEnum();
                unused.constants.add("ONE");
                CoercerSpec bad = new CoercerSpec("throwing", new JType.Enum(unused), JType.val(ValKind.STRING),
                        "v.name()", true, false, false);
                spec.converter.coercers.add(bad);
                spec.converter.throwingCoercer = bad.name();
                spec.mutation = "a @Coercer method that declares a checked exception";
                spec.expectedError = "[Transmute/CoercerSignature]";
            }
        }
        return true;
    }

    private static void addProp(ModelSpec model, Prop prop) {
        model.props.add(prop);
        if (model.kind == ModelKind.CTOR) {
            model.constructorOrder.add(prop.name);
        }
    }

    private static boolean linked(MethodSpec method, String name) {
        for (LinkSpec link : method.links) {
            if (link.to().equals(name) || link.to().startsWith(name + ".")) {
                return true;
            }
        }
        for (ConstSpec constant : method.constants) {
            if (constant.to().equals(name) || constant.to().startsWith(name + ".")) {
                return true;
            }
        }
        for (String path : method.allowUnlinked) {
            if (path.equals(name) || path.startsWith(name + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean paramNamed(MethodSpec method, String name) {
        for (Param param : method.extras) {
            if (param.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private String badLiteral(JType type) {
        if (type instanceof JType.Enum) {
            return "NO_SUCH_CONSTANT";
        }
        return switch (((JType.Prim) type).kind()) {
            case BOOLEAN -> pick(new String[] {"yes", "TRUE1", "1"});
            case CHAR -> pick(new String[] {"", "ab"});
            case BYTE -> pick(new String[] {"128", "-129", "1.5"});
            case SHORT -> pick(new String[] {"32768", "x"});
            case INT -> pick(new String[] {"2147483648", "0x10", "1_000", "5L", "1e3", "twelve"});
            case LONG -> pick(new String[] {"9223372036854775808", "12L", "1.0"});
            case FLOAT -> pick(new String[] {"1e39", "1e-50", "1.5f", "abc"});
            case DOUBLE -> pick(new String[] {"1e309", "1e-400", "0x1p3", "1.5d", ""});
        };
    }

    static Set<String> names(List<Prop> props) {
        Set<String> names = new LinkedHashSet<>();
        for (Prop prop : props) {
            names.add(prop.name);
        }
        return names;
    }
}

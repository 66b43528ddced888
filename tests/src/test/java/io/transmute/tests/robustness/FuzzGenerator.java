package io.transmute.tests.robustness;

import io.transmute.tests.robustness.FuzzCase.Expect;
import io.transmute.tests.robustness.LateGenerator.LateType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Writes a random converter type and its models from a seed: records, JavaBeans, constructor and
 * public-field classes, enums, generic models, cycles, containers (lists, sets, arrays, maps,
 * optionals, wildcards), coercers, renaming and dotted links, extra parameters, constants,
 * allowUnlinked, reused converters, container and {@code @Into} methods, abstract-class and
 * generic-base owners, and models that another processor writes in a later round. Half of the
 * cases are then mutated: a wrong name, a missing type, a raw type, an annotation in the wrong
 * place, a converter in a class, a deleted or duplicated line, and so on. The same seed always
 * gives the same case.
 */
final class FuzzGenerator {

    private static final String IMPORTS = """
            import io.transmute.*;
            import java.math.BigDecimal;
            import java.time.LocalDate;
            import java.util.*;
            """;

    private static final String[] WORDS = {"title", "count", "tags", "label", "amount", "owner", "parts", "code",
        "flag", "when", "ident", "notes", "price", "size", "kind", "rank", "city", "score", "color", "level"};

    /**
     * Whether to generate the shapes of the bugs and known limitations that {@link RobustFuzzFindingsTest}
     * shows (disabled there): {@code -Dtransmute.fuzz.knownBugs=true}. Without it, the fuzzer steers
     * clear of them, so that it keeps finding new ones. The one left is a limitation: a converter type
     * whose every @Converter method comes from a supertype written in a later round.
     */
    static final boolean KNOWN_BUGS = Boolean.getBoolean("transmute.fuzz.knownBugs");

    private static final List<String> CLASHING_NAMES = List.of("source", "target", "result", "item", "items", "value",
            "values", "list", "map", "entry", "key", "i", "e", "it", "var", "record", "yield", "current", "created",
            "matched", "unmatched", "element", "elements", "string", "strings", "sources", "id", "ids", "index", "copy",
            "array", "size", "first", "convert", "other", "iterator", "referenceCheck", "reference");

    /** Type names the generated code may import; the user's code here never names them itself. */
    private static final List<String> CLASHING_TYPES = List.of("ArrayList", "LinkedHashMap", "LinkedHashSet",
            "ArrayDeque", "TreeMap", "TreeSet", "HashMap", "Objects", "Arrays", "Collections", "Generated", "Override",
            "Iterator", "Entry", "Function", "Stream", "Collectors", "EntityStates", "ReferenceCheck", "Math", "Builder",
            "Impl", "Value", "Node");

    enum Kind { RECORD, BEAN, GETTERS, FIELDS, CTOR, ENUM, ABSTRACT }

    enum Owner { INTERFACE, ABSTRACT_CLASS, GENERIC_BASE, CONCRETE_CLASS, ENUM, RECORD }

    private static final class Prop {
        String name;
        String type;

        Prop(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }

    private static final class TypeDecl {
        final String name;
        Kind kind;
        final List<Prop> props = new ArrayList<>();
        final List<String> constants = new ArrayList<>();
        String typeParameters = "";
        boolean topLevel;
        /** 0: a source file; otherwise the round in which another processor writes it. */
        int lateRound;
        /** The superclass, when some properties are inherited. */
        String superName;
        /** A mutation: the type declares a @Converter method of its own. */
        boolean converterInside;
        /** Kept out of later rounds (a known bug). */
        boolean neverLate;
        /** Annotation lines put on the type (a mutation). */
        final List<String> annotations = new ArrayList<>();

        TypeDecl(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private static final class Pair {
        final TypeDecl source;
        final TypeDecl destination;
        /** The links of this pair's own converter method, when it has one. */
        List<String> dedicatedLinks;

        Pair(TypeDecl source, TypeDecl destination) {
            this.source = source;
            this.destination = destination;
        }
    }

    private static final class Method {
        final List<String> annotations = new ArrayList<>();
        /** "RootDto convert(Root source)" */
        String signature;
        /** null for an abstract method. */
        String body;
        boolean isStatic;
        /** Written as is instead of the owner's usual modifiers, when set. */
        String modifiers;

        Method(String signature) {
            this.signature = signature;
        }
    }

    /** A conversion from a source type to a destination type that Transmute must accept. */
    private record Conv(String source, String destination, boolean reference, boolean destinationReifiable,
            boolean sourceReifiable, Pair pair) {
    }

    private final Random random;
    private final FuzzCase fuzzCase;
    private final String pkg;
    private int counter;
    private final List<TypeDecl> types = new ArrayList<>();
    private final List<Pair> reusable = new ArrayList<>();
    private final List<Pair> allPairs = new ArrayList<>();
    private final Map<String, Method> helpers = new LinkedHashMap<>();
    private final List<Method> converters = new ArrayList<>();
    private final List<Method> extraMethods = new ArrayList<>();
    private Pair root;
    private final List<String> rootLinks = new ArrayList<>();
    private final List<String> rootAllowUnlinked = new ArrayList<>();
    private final List<String> rootExtras = new ArrayList<>();
    /** Pairs whose source property names root links spell out: they get no renaming converter. */
    private final java.util.Set<Pair> pinned = new java.util.HashSet<>();
    private Owner owner = Owner.INTERFACE;
    private boolean ownerNested;
    private String baseName;
    private boolean lateBase;
    private int depthLimit;
    /** A mutation: the converter type has a type parameter (and no subtype implements it). */
    private boolean genericOwner;
    /** The supertype of the converter type that holds the coercers and factories, or null. */
    private String helperHome;
    private boolean lateHelperHome;

    private FuzzGenerator(long seed) {
        this.random = new Random(seed);
        this.pkg = "fz" + Long.toUnsignedString(seed, 36);
        this.fuzzCase = new FuzzCase(seed, pkg);
    }

    /** The case of {@code seed}. */
    static FuzzCase generate(long seed) {
        return new FuzzGenerator(seed).build();
    }

    private FuzzCase build() {
        depthLimit = 1 + random.nextInt(3);
        // The root's own links and extra parameters apply to it alone: nothing else converts into it.
        root = newPair(0, 2 + random.nextInt(4), false);
        decorateRoot();
        decorateNestedPairs();
        addVariants();
        chooseOwner();
        splitSuperclasses();
        boolean mutate = random.nextInt(100) < 50;
        if (!mutate && !helpers.isEmpty() && owner != Owner.ENUM && chance(25)) {
            // Coercers and factories inherited from a supertype of the converter type.
            helperHome = "Shared" + next();
        }
        chooseLateTypes(mutate);
        List<Consumer<List<String>>> textMutations = new ArrayList<>();
        if (mutate) {
            mutate(textMutations);
            if (random.nextInt(100) < 15) {
                mutate(textMutations);
            }
        }
        render(textMutations);
        return fuzzCase;
    }

    // ---------------------------------------------------------------- valid structure

    private int next() {
        return counter++;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)] + next();
    }

    private TypeDecl declare(String name, Kind kind) {
        TypeDecl type = new TypeDecl(name, kind);
        type.topLevel = chance(30);
        types.add(type);
        return type;
    }

    private Pair newPair(int depth, int properties, boolean pooled) {
        int n = next();
        String sourceName = chance(10) ? clashingTypeName(null) : null;
        String destinationName = sourceName != null && chance(50) ? clashingTypeName(sourceName) : null;
        TypeDecl source = declare(sourceName == null ? "Item" + n : sourceName, pick(List.of(Kind.RECORD, Kind.BEAN,
                Kind.GETTERS, Kind.FIELDS, Kind.CTOR)));
        TypeDecl destination = declare(destinationName == null ? source.name + "Dto" : destinationName,
                pick(List.of(Kind.RECORD, Kind.BEAN, Kind.FIELDS, Kind.CTOR)));
        for (TypeDecl type : List.of(source, destination)) {
            if (CLASHING_TYPES.contains(type.name)) {
                // Declared in the package, it wins over java.util.* in every file of the case; written
                // by another processor later, it would not, and java.util's type would be meant until then.
                type.topLevel = true;
                type.neverLate = true;
            }
        }
        Pair pair = new Pair(source, destination);
        allPairs.add(pair);
        if (pooled) {
            reusable.add(pair);
        }
        for (int i = 0; i < properties; i++) {
            Conv conv = conv(depth + 1);
            String name = propertyName(source, destination);
            source.props.add(new Prop(name, conv.source()));
            destination.props.add(new Prop(name, conv.destination()));
        }
        if (chance(25)) {
            // A source property nothing asks for: ignored.
            source.props.add(new Prop(word(), pick(List.of("String", "int", "List<String>"))));
        }
        return pair;
    }

    /**
     * A property name, sometimes one that the generated code would like for its own variables and
     * parameters ("source", "result", "i"), or a restricted identifier ("var", "record", "yield").
     */
    private String propertyName(TypeDecl source, TypeDecl destination) {
        if (chance(15)) {
            String name = pick(CLASHING_NAMES);
            if (!sourceHas(source, name) && !sourceHas(destination, name)) {
                return name;
            }
        }
        return word();
    }

    /** A model name that is also the name of a type the generated code may use (java.util, javax.annotation). */
    private String clashingTypeName(String taken) {
        for (int tries = 0; tries < 5; tries++) {
            String name = pick(CLASHING_TYPES);
            if (!name.equals(taken) && types.stream().noneMatch(type -> type.name.equals(name))) {
                return name;
            }
        }
        return null;
    }

    private Conv conv(int depth) {
        int roll = random.nextInt(100);
        if (depth < depthLimit) {
            if (roll < 22) {
                return modelConv(depth);
            }
            if (roll < 42) {
                return containerConv(depth);
            }
            if (roll < 47) {
                return genericConv(depth);
            }
        }
        if (roll < 55 && roll >= 47) {
            return enumConv();
        }
        return leafConv();
    }

    private Conv modelConv(int depth) {
        Pair pair = !reusable.isEmpty() && chance(30) ? pick(reusable) : newPair(depth, 1 + random.nextInt(3), true);
        return new Conv(pair.source.name, pair.destination.name, true, true, true, pair);
    }

    private Conv enumConv() {
        int n = next();
        TypeDecl source = declare("Tone" + n, Kind.ENUM);
        source.constants.addAll(List.of("LOW" + n, "HIGH" + n));
        if (chance(30)) {
            return new Conv(source.name, source.name, true, true, true, null);
        }
        TypeDecl destination = declare("Tone" + n + "Dto", Kind.ENUM);
        destination.constants.addAll(source.constants);
        if (chance(50)) {
            destination.constants.add("EXTRA" + n);
        }
        return new Conv(source.name, destination.name, true, true, true, null);
    }

    private Conv leafConv() {
        return switch (random.nextInt(18)) {
            case 0, 1 -> new Conv("String", "String", true, true, true, null);
            case 2 -> new Conv("int", "int", false, false, false, null);
            case 3 -> new Conv("long", "long", false, false, false, null);
            case 4 -> new Conv("boolean", "boolean", false, false, false, null);
            case 5 -> new Conv("double", "double", false, false, false, null);
            case 6 -> new Conv("Integer", "Integer", true, true, true, null);
            case 7 -> new Conv("int", "long", false, false, false, null);
            case 8 -> new Conv("int", "Integer", false, false, false, null);
            case 9 -> new Conv("Integer", "int", false, false, false, null);
            case 10 -> new Conv("long", "Long", false, false, false, null);
            case 11 -> new Conv("BigDecimal", "BigDecimal", true, true, true, null);
            case 12 -> new Conv("LocalDate", "LocalDate", true, true, true, null);
            case 13 -> new Conv("UUID", "UUID", true, true, true, null);
            case 14 -> coerced("int", "intText", "String.valueOf(value)", false);
            case 15 -> coerced("UUID", "uuidText", "value.toString()", true);
            case 16 -> coerced("LocalDate", "dateText", "value.toString()", true);
            default -> new Conv("int", "double", false, false, false, null);
        };
    }

    /** A reference type on both sides, for container elements. */
    private Conv elementConv(int depth) {
        int roll = random.nextInt(100);
        if (roll < 30 && depth < depthLimit + 1) {
            return modelConv(depth);
        }
        if (roll < 38) {
            return enumConv();
        }
        if (roll < 46 && depth < depthLimit) {
            Conv inner = elementConv(depth + 1);
            return new Conv("List<" + inner.source() + ">", "List<" + inner.destination() + ">", true, false, false,
                    null);
        }
        return switch (random.nextInt(8)) {
            case 0, 1 -> new Conv("String", "String", true, true, true, null);
            case 2 -> new Conv("Integer", "Integer", true, true, true, null);
            case 3 -> new Conv("Long", "Long", true, true, true, null);
            case 4 -> new Conv("BigDecimal", "BigDecimal", true, true, true, null);
            case 5 -> coerced("UUID", "uuidText", "value.toString()", true);
            case 6 -> coerced("LocalDate", "dateText", "value.toString()", true);
            default -> new Conv("LocalDate", "LocalDate", true, true, true, null);
        };
    }

    private Conv coerced(String source, String name, String expression, boolean reference) {
        helpers.computeIfAbsent(name, key -> {
            Method method = new Method("String " + name + "(" + source + " value)");
            method.isStatic = true;
            method.body = "{ return " + expression + "; }";
            method.annotations.add("@Coercer");
            return method;
        });
        return new Conv(source, "String", reference, true, reference, null);
    }

    private Conv containerConv(int depth) {
        Conv e = elementConv(depth + 1);
        String s = e.source();
        String d = e.destination();
        int shape = random.nextInt(16);
        if ((shape == 6 || shape == 8) && !e.sourceReifiable()) {
            shape = 0;
        }
        if ((shape == 7 || shape == 8) && !e.destinationReifiable()) {
            shape = 1;
        }
        return switch (shape) {
            case 0 -> container("List<" + s + ">", "List<" + d + ">");
            case 1 -> container("List<" + s + ">", "Set<" + d + ">");
            case 2 -> container("Set<" + s + ">", "List<" + d + ">");
            case 3 -> container("Collection<" + s + ">", "List<" + d + ">");
            case 4 -> container("Iterable<" + s + ">", "List<" + d + ">");
            case 5 -> container("List<" + s + ">", "Collection<" + d + ">");
            case 6 -> container(s + "[]", "List<" + d + ">");
            case 7 -> container("List<" + s + ">", d + "[]");
            case 8 -> container(s + "[]", d + "[]");
            case 9 -> container("Map<String, " + s + ">", "Map<String, " + d + ">");
            case 10 -> container(s, "Optional<" + d + ">");
            case 11 -> container("Optional<" + s + ">", "Optional<" + d + ">");
            case 12 -> container("List<? extends " + s + ">", "List<" + d + ">");
            case 13 -> container("List<" + s + ">", "List<? super " + d + ">");
            case 14 -> container("List<" + s + ">", "LinkedList<" + d + ">");
            default -> container("Set<" + s + ">", "Deque<" + d + ">");
        };
    }

    private static Conv container(String source, String destination) {
        return new Conv(source, destination, true, false, false, null);
    }

    /** A generic model: Box<T> read with its type argument, into a plain or a generic destination. */
    private Conv genericConv(int depth) {
        Conv e = elementConv(depth + 1);
        int n = next();
        TypeDecl source = declare("Box" + n, pick(List.of(Kind.RECORD, Kind.GETTERS, Kind.FIELDS)));
        source.typeParameters = "<T>";
        String value = "value" + n;
        String items = "items" + n;
        source.props.add(new Prop(value, "T"));
        source.props.add(new Prop(items, "List<T>"));
        TypeDecl destination = declare("Box" + n + "Dto", pick(List.of(Kind.RECORD, Kind.BEAN, Kind.CTOR)));
        if (chance(50)) {
            destination.typeParameters = "<T>";
            destination.props.add(new Prop(value, "T"));
            destination.props.add(new Prop(items, "List<T>"));
            return new Conv(source.name + "<" + e.source() + ">", destination.name + "<" + e.destination() + ">",
                    true, false, false, null);
        }
        destination.props.add(new Prop(value, e.destination()));
        destination.props.add(new Prop(items, "List<" + e.destination() + ">"));
        return new Conv(source.name + "<" + e.source() + ">", destination.name, true, true, false, null);
    }

    /** Renames, extra parameters, dotted links, constants, factories and allowUnlinked on the root method. */
    private void decorateRoot() {
        TypeDecl source = root.source;
        TypeDecl destination = root.destination;
        for (int i = 0; i < source.props.size() && i < destination.props.size(); i++) {
            Prop from = source.props.get(i);
            if (from.name.equals(destination.props.get(i).name) && chance(20)) {
                String renamed = "in" + capitalize(from.name);
                rootLinks.add("@Link(from = \"" + renamed + "\", to = \"" + from.name + "\")");
                from.name = renamed;
            }
        }
        if (chance(40)) {
            String type = pick(List.of("int", "String", "long"));
            String name = "param" + next();
            rootExtras.add(type + " " + name);
            if (chance(60)) {
                destination.props.add(new Prop(name, type));
            } else {
                String to = word();
                destination.props.add(new Prop(to, type));
                rootLinks.add("@Link(fromParam = \"" + name + "\", to = \"" + to + "\")");
            }
        }
        for (int i = 0; i < source.props.size(); i++) {
            Prop prop = source.props.get(i);
            Pair nested = pairOf(prop.type);
            if (nested != null && chance(40)) {
                for (Prop leaf : nested.source.props) {
                    if (List.of("String", "int", "Integer", "LocalDate").contains(leaf.type)) {
                        pinned.add(nested);
                        String flat = "flat" + next();
                        destination.props.add(new Prop(flat, leaf.type));
                        rootLinks.add("@Link(from = \"" + prop.name + "." + leaf.name + "\", to = \"" + flat + "\")");
                        break;
                    }
                }
            }
        }
        for (Prop prop : new ArrayList<>(destination.props)) {
            Pair nested = pairOf(prop.type);
            if (nested != null && nested.dedicatedLinks == null && chance(30)) {
                for (Prop leaf : nested.destination.props) {
                    if (leaf.type.equals("String") && sourceHas(nested.source, leaf.name)) {
                        pinned.add(nested);
                        String name = "param" + next();
                        rootExtras.add("String " + name);
                        rootLinks.add("@Link(fromParam = \"" + name + "\", to = \"" + prop.name + "." + leaf.name
                                + "\")");
                        break;
                    }
                }
            }
        }
        if (chance(25)) {
            int n = next();
            switch (random.nextInt(4)) {
                case 0 -> constant(destination, "konst" + n, "String", "hello " + n);
                case 1 -> constant(destination, "konst" + n, "int", String.valueOf(n - 7));
                case 2 -> constant(destination, "konst" + n, "BigDecimal", "-1.5e3");
                default -> {
                    TypeDecl mode = declare("Mode" + n, Kind.ENUM);
                    mode.constants.addAll(List.of("ON" + n, "OFF" + n));
                    constant(destination, "konst" + n, mode.name, "OFF" + n);
                }
            }
        }
        if (chance(15)) {
            int n = next();
            Method factory = new Method("String make" + n + "()");
            factory.isStatic = true;
            factory.body = "{ return \"made\"; }";
            helpers.put("make" + n, factory);
            destination.props.add(new Prop("made" + n, "String"));
            rootLinks.add("@LinkConstant(to = \"made" + n + "\", factory = \"make" + n + "\")");
        }
        if (chance(20)) {
            String name = "opt" + next();
            destination.props.add(random.nextInt(3) == 0 ? new Prop(name, "List<String>") : new Prop(name, "String"));
            rootAllowUnlinked.add(name);
        }
    }

    private void constant(TypeDecl destination, String name, String type, String value) {
        destination.props.add(new Prop(name, type));
        rootLinks.add("@LinkConstant(to = \"" + name + "\", value = \"" + value + "\")");
    }

    private Pair pairOf(String type) {
        for (Pair pair : allPairs) {
            if (pair.source.name.equals(type) || pair.destination.name.equals(type)) {
                return pair;
            }
        }
        return null;
    }

    private static boolean sourceHas(TypeDecl source, String name) {
        return source.props.stream().anyMatch(p -> p.name.equals(name));
    }

    /** Some nested pairs get their own converter method, some with a renaming link, which every use reuses. */
    private void decorateNestedPairs() {
        for (Pair pair : allPairs) {
            if (pair == root || pinned.contains(pair) || !chance(20)) {
                continue;
            }
            pair.dedicatedLinks = new ArrayList<>();
            for (int i = 0; i < pair.source.props.size() && i < pair.destination.props.size(); i++) {
                Prop from = pair.source.props.get(i);
                if (from.name.equals(pair.destination.props.get(i).name) && chance(40)) {
                    String renamed = "in" + capitalize(from.name);
                    pair.dedicatedLinks.add("@Link(from = \"" + renamed + "\", to = \"" + from.name + "\")");
                    from.name = renamed;
                }
            }
        }
    }

    private static String typeOf(TypeDecl type, String prop) {
        return type.props.stream().filter(p -> p.name.equals(prop)).map(p -> p.type).findFirst().orElse("");
    }

    private String rootConverterAnnotation() {
        if (rootAllowUnlinked.isEmpty()) {
            return "@Converter";
        }
        if (rootAllowUnlinked.size() == 1) {
            return "@Converter(allowUnlinked = \"" + rootAllowUnlinked.get(0) + "\")";
        }
        return "@Converter(allowUnlinked = {\"" + String.join("\", \"", rootAllowUnlinked) + "\"})";
    }

    private void addVariants() {
        String extras = rootExtras.isEmpty() ? "" : ", " + String.join(", ", rootExtras);
        Method convert = new Method(root.destination.name + " convert(" + root.source.name + " source" + extras + ")");
        converters.add(convert);
        if (chance(20)) {
            converters.add(new Method("List<" + root.destination.name + "> convertAll(List<" + root.source.name
                    + "> sources" + extras + ")"));
        }
        Kind kind = root.destination.kind;
        if ((kind == Kind.BEAN || kind == Kind.FIELDS) && chance(25)) {
            String result = chance(50) ? "void" : root.destination.name;
            converters.add(new Method(result + " update(" + root.source.name + " source, @Into " + root.destination.name
                    + " target" + extras + ")"));
        }
        for (Pair pair : allPairs) {
            if (pair.dedicatedLinks != null) {
                Method method = new Method(pair.destination.name + " to" + pair.destination.name + "("
                        + pair.source.name + " value)");
                method.annotations.add("@Converter");
                method.annotations.addAll(pair.dedicatedLinks);
                extraMethods.add(method);
            }
        }
        for (Method method : converters) {
            method.annotations.add(rootConverterAnnotation());
            method.annotations.addAll(rootLinks);
        }
    }

    private void chooseOwner() {
        int roll = random.nextInt(100);
        if (roll < 20) {
            owner = Owner.ABSTRACT_CLASS;
        } else if (roll < 30 && converters.size() == 1 && rootLinks.isEmpty() && rootExtras.isEmpty()
                && rootAllowUnlinked.isEmpty()) {
            owner = Owner.GENERIC_BASE;
            baseName = "Base" + next();
        }
        ownerNested = chance(10);
    }

    /** Some JavaBeans and public-field classes inherit part of their properties from a superclass. */
    private void splitSuperclasses() {
        for (TypeDecl type : new ArrayList<>(types)) {
            if ((type.kind == Kind.BEAN || type.kind == Kind.GETTERS || type.kind == Kind.FIELDS)
                    && type.typeParameters.isEmpty() && type.props.size() >= 2 && chance(20)) {
                TypeDecl base = declare(type.name + "Base", type.kind);
                List<Prop> inherited = new ArrayList<>(type.props.subList(0, type.props.size() / 2));
                base.props.addAll(inherited);
                type.props.removeAll(inherited);
                type.superName = base.name;
            }
        }
    }

    private void chooseLateTypes(boolean mutated) {
        for (TypeDecl type : types) {
            if (type.topLevel && chance(mutated ? 8 : 25) && !type.neverLate) {
                type.lateRound = mutated || chance(60) ? 1 : 2;
            }
        }
        // RobustFuzzFindingsTest.converterTypeInheritingFromAnInterfaceAnotherProcessorWritesIsImplemented
        if (owner == Owner.GENERIC_BASE && !mutated && chance(30) && KNOWN_BUGS) {
            lateBase = true;
        }
        lateHelperHome = helperHome != null && chance(30);
    }

    // ---------------------------------------------------------------- mutations

    private void mutate(List<Consumer<List<String>>> textMutations) {
        int n = next();
        TypeDecl src = root.source;
        TypeDecl dst = root.destination;
        Method convert = converters.get(0);
        if (owner == Owner.GENERIC_BASE) {
            // The root method is then declared in Mapper itself, where the mutations change it.
            owner = Owner.INTERFACE;
        }
        switch (random.nextInt(40)) {
            case 0 -> {
                dst.props.add(new Prop("bad" + n, "String"));
                convert.annotations.add("@Link(from = \"nosuch" + n + "\", to = \"bad" + n + "\")");
                fuzzCase.expectError("unknown from path", "UnknownPath");
            }
            case 1 -> {
                dst.props.add(new Prop("bad" + n, "String"));
                String path = pick(List.of("a..b", ".", "x.", src.props.get(0).name + ".nosuch.deeper",
                        src.props.get(0).name + ".length"));
                convert.annotations.add("@Link(from = \"" + path + "\", to = \"bad" + n + "\")");
                fuzzCase.expectError("malformed or unknown from path " + path, "UnknownPath", "NestedLink");
            }
            case 2 -> {
                convert.annotations.add("@Link(from = \"" + src.props.get(0).name + "\", to = \"nosuch" + n + "\")");
                fuzzCase.expectError("unknown to path", "UnknownPath");
            }
            case 3 -> {
                dst.props.add(new Prop("bad" + n, "String"));
                convert.annotations.add("@Link(fromParam = \"nosuch" + n + "\", to = \"bad" + n + "\")");
                fuzzCase.expectError("unknown parameter", "UnknownParam");
            }
            case 4 -> {
                src.props.add(new Prop("bad" + n, "int"));
                dst.props.add(new Prop("bad" + n, "String"));
                convert.annotations.add("@Link(from = \"bad" + n + "\", to = \"bad" + n + "\", coercer = \"nosuch" + n
                        + "\")");
                fuzzCase.expectError("unknown coercer", "UnknownMethod");
            }
            case 5 -> {
                TypeDecl target = chance(50) ? dst : pick(allPairs).destination;
                target.props.add(new Prop("bad" + n, pick(List.of("String", "int", "List<String>"))));
                fuzzCase.expectError("unlinked destination property in " + target.name, "Unlinked");
            }
            case 6 -> {
                String[] types = pick(List.of(new String[] {"int", "LocalDate"}, new String[] {"String", "int"},
                        new String[] {"List<String>", "Map<String, String>"}, new String[] {"UUID", "Long"},
                        new String[] {"Map<String, Integer>", "List<Integer>"}));
                src.props.add(new Prop("bad" + n, types[0]));
                dst.props.add(new Prop("bad" + n, types[1]));
                fuzzCase.expectError("no coercion " + types[0] + " to " + types[1], "NoCoercion");
            }
            case 7 -> {
                dst.props.add(new Prop("bad" + n, "String"));
                convert.annotations.add(chance(50) ? "@Link(to = \"bad" + n + "\")"
                        : "@Link(from = \"x\", fromParam = \"y\", to = \"bad" + n + "\")");
                fuzzCase.expectError("link with no or two sources", "LinkSource");
            }
            case 8 -> {
                src.props.add(new Prop("one" + n, "String"));
                src.props.add(new Prop("two" + n, "String"));
                dst.props.add(new Prop("bad" + n, "String"));
                convert.annotations.add("@Link(from = \"one" + n + "\", to = \"bad" + n + "\")");
                convert.annotations.add("@Link(from = \"two" + n + "\", to = \"bad" + n + "\")");
                fuzzCase.expectError("duplicate link", "DuplicateLink");
            }
            case 9 -> {
                dst.props.add(new Prop("bad" + n, pick(List.of("int", "long", "BigDecimal", "boolean"))));
                String value = pick(List.of("abc", "1_000", "0x10", "", "1e999999"));
                if (value.equals("1e999999") && dst.props.get(dst.props.size() - 1).type.equals("BigDecimal")) {
                    value = "1e";
                }
                if (chance(25)) {
                    convert.annotations.add("@LinkConstant(to = \"bad" + n + "\", value = \"1\", factory = \"f\")");
                } else {
                    convert.annotations.add("@LinkConstant(to = \"bad" + n + "\", value = \"" + value + "\")");
                }
                fuzzCase.expectError("unparseable constant", "Constant");
            }
            case 10 -> {
                TypeDecl from = declare("Shade" + n, Kind.ENUM);
                from.constants.addAll(List.of("RED" + n, "GONE" + n));
                TypeDecl to = declare("Shade" + n + "Dto", Kind.ENUM);
                to.constants.add("RED" + n);
                src.props.add(new Prop("shade" + n, from.name));
                dst.props.add(new Prop("shade" + n, to.name));
                fuzzCase.expectError("enum constant missing", "EnumConstant");
            }
            case 11 -> {
                TypeDecl from = declare("Shape" + n, Kind.RECORD);
                from.props.add(new Prop("side" + n, "int"));
                TypeDecl to = declare("Shape" + n + "Dto", Kind.ABSTRACT);
                to.props.add(new Prop("side" + n, "int"));
                src.props.add(new Prop("shape" + n, from.name));
                dst.props.add(new Prop("shape" + n, to.name));
                fuzzCase.expectError("abstract destination", "Construction");
            }
            case 12 -> {
                owner = pick(List.of(Owner.CONCRETE_CLASS, Owner.ENUM, Owner.RECORD));
                fuzzCase.expectError("converter in a " + owner, "EnclosingType");
            }
            case 13 -> {
                Method method = new Method(dst.name + " other" + n + "(" + src.name + " source)");
                method.annotations.add("@Converter");
                method.body = "{ return null; }";
                extraMethods.add(method);
                fuzzCase.expectError("converter with a body", "NotAbstract");
            }
            case 14 -> {
                String signature = pick(List.of(dst.name + " make" + n + "()", "void sink" + n + "(" + src.name + " s)",
                        "<T> " + dst.name + " generic" + n + "(T value)"));
                Method method = new Method(signature);
                method.annotations.add("@Converter");
                extraMethods.add(method);
                fuzzCase.expectError("bad signature " + signature, "Signature");
            }
            case 15 -> {
                TypeDecl from = declare("Frozen" + n, Kind.RECORD);
                from.props.add(new Prop("name" + n, "String"));
                TypeDecl to = declare("Frozen" + n + "Dto", pick(List.of(Kind.RECORD, Kind.CTOR)));
                to.props.add(new Prop("name" + n, "String"));
                Method method = new Method("void freeze" + n + "(" + from.name + " source, @Into " + to.name
                        + " target)");
                method.annotations.add("@Converter");
                extraMethods.add(method);
                fuzzCase.expectError("@Into an immutable model", "Into");
            }
            case 16 -> {
                String signature = pick(List.of("String two" + n + "(Long a, Long b)", "void none" + n + "(Long a)",
                        "String checked" + n + "(Long a) throws Exception"));
                Method coercer = new Method(signature);
                coercer.isStatic = true;
                coercer.body = signature.startsWith("void") ? "{ }" : "{ return \"\"; }";
                coercer.annotations.add("@Coercer");
                helpers.put("bad" + n, coercer);
                src.props.add(new Prop("bad" + n, "Long"));
                dst.props.add(new Prop("bad" + n, "String"));
                fuzzCase.expectError("bad coercer " + signature, "CoercerSignature", "NoCoercion");
            }
            case 17 -> {
                for (String name : List.of("first" + n, "second" + n)) {
                    Method coercer = new Method("String " + name + "(Long value)");
                    coercer.isStatic = true;
                    coercer.body = "{ return \"\"; }";
                    coercer.annotations.add("@Coercer");
                    helpers.put(name, coercer);
                }
                src.props.add(new Prop("bad" + n, "Long"));
                dst.props.add(new Prop("bad" + n, "String"));
                fuzzCase.expectError("two equally specific coercers", "Ambiguous");
            }
            case 18 -> {
                Pair pair = pick(allPairs);
                TypeDecl target = pick(List.of(dst, pair.destination));
                List<Prop> candidates = new ArrayList<>();
                for (Prop candidate : target.props) {
                    if (!rootAllowUnlinked.contains(candidate.name)) {
                        candidates.add(candidate);
                    }
                }
                if (candidates.isEmpty()) {
                    candidates.add(new Prop("missing" + n, "String"));
                    target.props.add(candidates.get(0));
                }
                Prop prop = pick(candidates);
                prop.type = pick(List.of("Missing" + n, "List<Missing" + n + ">", "Optional<Missing" + n + ">"));
                fuzzCase.expectError("a property of a type that does not exist", "UnresolvedType");
            }
            case 19 -> {
                convert.signature = convert.signature.replaceFirst("^\\S+ ", "Missing" + n + " ");
                fuzzCase.expectError("a converter returning a type that does not exist", "UnresolvedType");
            }
            case 20 -> {
                // Annotations on elements they do not apply to: javac reports them.
                String annotation = pick(List.of("@Link(from = \"a\", to = \"b\")", "@Converter", "@Coercer",
                        "@LinkConstant(to = \"a\", value = \"1\")", "@Into"));
                pick(types).annotations.add(annotation);
                fuzzCase.fragile = true;
                fuzzCase.expectAnything("annotation " + annotation + " on a type");
            }
            case 21 -> {
                Method method = new Method("String misplaced" + n + "(@Into String value)");
                method.isStatic = true;
                method.body = "{ return value; }";
                helpers.put("misplaced" + n, method);
                fuzzCase.expectAnything("@Into on a parameter of a plain method");
            }
            case 22 -> {
                rawType(src);
                fuzzCase.expectAnything("raw type");
            }
            case 23 -> {
                String[] types = pick(List.of(new String[] {"List<?>", "List<?>"}, new String[] {"List<?>", "List<String>"},
                        new String[] {"Map<?, ?>", "Map<String, String>"}, new String[] {"List<? extends Object>", "List<Object>"},
                        new String[] {"Object", "Object"}, new String[] {"Object", "String"},
                        new String[] {"List<? super Integer>", "List<Integer>"}, new String[] {"Map<String, ?>", "Map<String, ?>"},
                        new String[] {"Comparable<String>", "String"}, new String[] {"Enum<?>", "String"}));
                src.props.add(new Prop("wild" + n, types[0]));
                dst.props.add(new Prop("wild" + n, types[1]));
                fuzzCase.expectAnything("wildcard or Object " + types[0] + " to " + types[1]);
            }
            case 24 -> {
                textMutations.add(this::deleteLine);
                fuzzCase.fragile = true;
                fuzzCase.expectAnything("deleted line");
            }
            case 25 -> {
                textMutations.add(this::duplicateLine);
                fuzzCase.fragile = true;
                fuzzCase.expectAnything("duplicated line");
            }
            case 26 -> {
                Prop a = pick(dst.props);
                Prop b = pick(allPairs).destination.props.isEmpty() ? a : pick(pick(allPairs).destination.props);
                String swap = a.type;
                a.type = b.type;
                b.type = swap;
                fuzzCase.expectAnything("swapped property types");
            }
            case 27 -> {
                convert.signature = convert.signature.replace(")", ") throws java.io.IOException");
                fuzzCase.expectAnything("converter throws a checked exception");
            }
            case 28 -> {
                convert.annotations.set(0, pick(List.of("@Converter(allowUnlinked = \"nosuch" + n + "\")",
                        "@Converter(allowUnlinked = \"\")", "@Converter(allowUnlinked = {\"a.b.c\", \"a.b.c\"})")));
                fuzzCase.expectError("allowUnlinked names no property", "UnknownPath");
            }
            case 29 -> {
                Method hidden = new Method("String hidden" + n + "(int value)");
                hidden.isStatic = true;
                hidden.modifiers = "private static ";
                hidden.body = "{ return \"\"; }";
                helpers.put("hidden" + n, hidden);
                src.props.add(new Prop("bad" + n, "int"));
                dst.props.add(new Prop("bad" + n, "String"));
                convert.annotations.add("@Link(from = \"bad" + n + "\", to = \"bad" + n + "\", coercer = \"hidden" + n
                        + "\")");
                fuzzCase.expectError("private coercer", "CoercerSignature", "UnknownMethod");
            }
            case 30 -> {
                // A type that another processor was expected to write, and that never comes.
                TypeDecl type = declare("Ghost" + n, Kind.RECORD);
                type.props.add(new Prop("name" + n, "String"));
                type.topLevel = true;
                type.lateRound = -1;
                src.props.add(new Prop("ghost" + n, type.name));
                dst.props.add(new Prop("ghost" + n, "String"));
                fuzzCase.expectError("a model that is never generated", "UnresolvedType");
            }
            case 31 -> {
                Prop list = null;
                for (Prop prop : src.props) {
                    if (prop.type.startsWith("List<") && pairOf(prop.type.substring(5, prop.type.length() - 1)) != null) {
                        list = prop;
                    }
                }
                String from = list == null ? src.props.get(0).name + ".x" : list.name + "."
                        + pairOf(list.type.substring(5, list.type.length() - 1)).source.props.get(0).name;
                dst.props.add(new Prop("bad" + n, "String"));
                convert.annotations.add("@Link(from = \"" + from + "\", to = \"bad" + n + "\")");
                fuzzCase.expectAnything("a dotted path through a container " + from);
            }
            case 32 -> {
                Prop prop = pick(dst.props);
                convert.annotations.add("@Link(from = \"" + src.props.get(0).name + "\", to = \"" + prop.name
                        + ".inner" + n + "\")");
                fuzzCase.expectError("a link into a property that is no model", "NestedLink", "UnknownPath");
            }
            case 33 -> {
                genericOwner = true;
                fuzzCase.expectAnything("generic owner without subtypes");
            }
            case 34 -> {
                Method method = new Method("String describe" + n + "(" + src.name + " source)");
                method.annotations.add(pick(List.of("@Link(from = \"a\", to = \"b\")", "@Coercer",
                        "@LinkConstant(to = \"a\", value = \"1\")")));
                extraMethods.add(method);
                fuzzCase.expectError("an abstract method that is no converter, with " + method.annotations,
                        "AbstractMethod", "CoercerSignature");
            }
            case 35 -> {
                Method method = new Method(dst.name + " fromStatic" + n + "(" + src.name + " source)");
                method.annotations.add("@Converter");
                method.isStatic = true;
                method.body = "{ return null; }";
                helpers.put("fromStatic" + n, method);
                fuzzCase.expectAnything("@Converter on a static method");
            }
            case 36 -> {
                Kind kind = dst.kind;
                Method method = new Method("void into" + n + "(@Into " + dst.name + " target, " + src.name
                        + " source)");
                method.annotations.add("@Converter");
                extraMethods.add(method);
                fuzzCase.expectError("@Into on the first parameter of a " + kind, "Into");
            }
            case 37 -> {
                TypeDecl record = declare("Odd" + n, Kind.RECORD);
                record.props.add(new Prop("name" + n, "String"));
                record.converterInside = true;
                fuzzCase.errorOutsideConverter = true;
                fuzzCase.expectError("@Converter on a method of a record", "EnclosingType");
            }
            case 38 -> {
                Method method = new Method(dst.name + " twice" + n + "(" + src.name + " source)");
                method.annotations.add("@Converter");
                method.annotations.add("@Into");
                extraMethods.add(method);
                fuzzCase.fragile = true;
                fuzzCase.expectAnything("@Into on a method");
            }
            default -> {
                // A public model in another package, whose property's type is package-private there.
                String hidden = pkg + ".hidden";
                fuzzCase.sources.put(pkg + "/hidden/Shelf" + n + ".java", "package " + hidden + ";\n\n"
                        + "import java.util.List;\n\n"
                        + "public class Shelf" + n + " {\n"
                        + "    public List<Book" + n + "> getBooks() { return List.of(); }\n"
                        + "}\n\n"
                        + "class Book" + n + " {\n"
                        + "    public String getTitle() { return \"\"; }\n"
                        + "}\n");
                TypeDecl book = declare("Book" + n + "Dto", Kind.RECORD);
                book.props.add(new Prop("title", "String"));
                TypeDecl shelf = declare("Shelf" + n + "Dto", Kind.RECORD);
                shelf.props.add(new Prop("books", "List<" + book.name + ">"));
                src.props.add(new Prop("shelf" + n, hidden + ".Shelf" + n));
                dst.props.add(new Prop("shelf" + n, shelf.name));
                fuzzCase.expectError("a model of a package-private type in another package", "Access");
            }
        }
    }


    private void rawType(TypeDecl type) {
        for (Prop prop : type.props) {
            int open = prop.type.indexOf('<');
            if (open > 0 && !prop.type.startsWith("Box")) {
                prop.type = prop.type.substring(0, open);
                return;
            }
        }
        type.props.add(new Prop("raw" + next(), "List"));
        root.destination.props.add(new Prop(type.props.get(type.props.size() - 1).name, "List<String>"));
    }

    /** Deletes a line that is a whole member (never a brace or the package line), keeping the syntax valid. */
    private void deleteLine(List<String> lines) {
        List<Integer> candidates = memberLines(lines);
        if (!candidates.isEmpty()) {
            lines.remove((int) pick(candidates));
        }
    }

    private void duplicateLine(List<String> lines) {
        List<Integer> candidates = memberLines(lines);
        if (!candidates.isEmpty()) {
            int index = pick(candidates);
            lines.add(index, lines.get(index));
        }
    }

    private static List<Integer> memberLines(List<String> lines) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.endsWith("{") && !line.equals("}") && !line.equals("};")
                    && !line.startsWith("package") && !line.equals(";")) {
                candidates.add(i);
            }
        }
        return candidates;
    }

    // ---------------------------------------------------------------- rendering

    private void render(List<Consumer<List<String>>> textMutations) {
        boolean ownerIsClass = owner != Owner.INTERFACE && owner != Owner.GENERIC_BASE;
        StringBuilder body = new StringBuilder();
        for (TypeDecl type : types) {
            if (!type.topLevel) {
                renderType(type, "    ", body);
            }
        }
        StringBuilder helperText = new StringBuilder();
        for (Method method : helpers.values()) {
            renderMethod(method, ownerIsClass, helperHome == null ? body : helperText);
        }
        List<Method> all = new ArrayList<>(converters);
        all.addAll(extraMethods);
        for (Method method : all) {
            if (owner == Owner.GENERIC_BASE && method == converters.get(0)) {
                continue;
            }
            renderMethod(method, ownerIsClass, body);
        }
        String typeParameters = genericOwner ? "<X>" : "";
        String shared = helperHome == null ? "" : " extends " + helperHome;
        String header = switch (owner) {
            case INTERFACE -> "public interface Mapper" + typeParameters + shared + " {\n";
            case ABSTRACT_CLASS -> "public abstract class Mapper" + typeParameters + shared + " {\n";
            // Types nested in Mapper are not in scope in its own extends clause.
            case GENERIC_BASE -> "public interface Mapper" + typeParameters + " extends " + baseName + "<"
                    + qualified(root.source) + ", " + qualified(root.destination) + ">"
                    + (helperHome == null ? "" : ", " + helperHome) + " {\n";
            case CONCRETE_CLASS -> "public class Mapper" + typeParameters + " {\n";
            case ENUM -> "public enum Mapper {\n    ;\n";
            case RECORD -> "public record Mapper" + typeParameters + "() {\n";
        };
        String ownerText = header + body + "}\n";
        if (ownerNested) {
            ownerText = "public interface Holder {\n" + indent(ownerText.replace("public interface Mapper",
                    "interface Mapper")) + "}\n";
            fuzzCase.converterType = pkg + ".Holder.Mapper";
            fuzzCase.implementationPath = pkg + "/Holder_MapperImpl.java";
        } else {
            fuzzCase.converterType = pkg + ".Mapper";
            fuzzCase.implementationPath = pkg + "/MapperImpl.java";
        }
        List<String> lines = new ArrayList<>(List.of(file(ownerText).split("\n", -1)));
        for (Consumer<List<String>> mutation : textMutations) {
            mutation.accept(lines);
        }
        fuzzCase.sources.put(pkg + "/" + (ownerNested ? "Holder" : "Mapper") + ".java", String.join("\n", lines));
        fuzzCase.inheritsConverter = owner == Owner.GENERIC_BASE;
        if (owner == Owner.GENERIC_BASE) {
            String base = modelFile("public interface " + baseName + "<S, D> {\n    @Converter\n    D convert(S source);\n}\n");
            if (lateBase) {
                fuzzCase.late.add(new LateType(pkg + "." + baseName, base, 1));
            } else {
                fuzzCase.sources.put(pkg + "/" + baseName + ".java", base);
            }
        }
        if (helperHome != null) {
            String home = modelFile((ownerIsClass ? "public abstract class " : "public interface ") + helperHome
                    + " {\n" + helperText + "}\n");
            if (lateHelperHome) {
                fuzzCase.late.add(new LateType(pkg + "." + helperHome, home, 1));
            } else {
                fuzzCase.sources.put(pkg + "/" + helperHome + ".java", home);
            }
        }
        boolean marker = false;
        for (TypeDecl type : types) {
            if (!type.topLevel) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            renderType(type, "", text);
            String file = modelFile(text.toString());
            if (type.lateRound > 0) {
                fuzzCase.late.add(new LateType(pkg + "." + type.name, file, type.lateRound));
                if (type.lateRound > 1 && !marker) {
                    // Something must be written in round 1 for javac to run a round 2.
                    marker = true;
                    fuzzCase.late.add(new LateType(pkg + ".LateMarker", file("final class LateMarker {\n}\n"), 1));
                }
            } else if (type.lateRound == 0) {
                fuzzCase.sources.put(pkg + "/" + type.name + ".java", file);
            }
        }
        if (fuzzCase.expect == Expect.VALID && !fuzzCase.mutations.isEmpty()) {
            throw new IllegalStateException("a mutated case cannot be valid");
        }
    }

    private String qualified(TypeDecl type) {
        return type.topLevel ? type.name : (ownerNested ? "Holder.Mapper." : "Mapper.") + type.name;
    }

    private String file(String body) {
        return "package " + pkg + ";\n\n" + IMPORTS + "\n" + body;
    }

    /** A file beside the converter type: it sees the types nested in the converter type by simple name. */
    private String modelFile(String body) {
        String ownerName = ownerNested ? pkg + ".Holder.Mapper" : pkg + ".Mapper";
        return "package " + pkg + ";\n\n" + IMPORTS + "import " + ownerName + ".*;\n\n" + body;
    }

    private static String indent(String text) {
        StringBuilder indented = new StringBuilder();
        for (String line : text.split("\n")) {
            indented.append(line.isEmpty() ? "" : "    ").append(line).append('\n');
        }
        return indented.toString();
    }

    private void renderMethod(Method method, boolean ownerIsClass, StringBuilder out) {
        for (String annotation : method.annotations) {
            out.append("    ").append(annotation).append('\n');
        }
        String modifiers;
        String body = method.body;
        if (method.modifiers != null) {
            modifiers = method.modifiers;
        } else if (method.isStatic) {
            modifiers = ownerIsClass ? "public static " : "static ";
        } else if (owner == Owner.CONCRETE_CLASS || owner == Owner.ENUM || owner == Owner.RECORD) {
            modifiers = "public ";
            if (body == null) {
                body = method.signature.startsWith("void ") || method.signature.contains(" void ") ? "{ }"
                        : "{ return null; }";
            }
        } else if (body != null) {
            modifiers = ownerIsClass ? "public " : "default ";
        } else {
            modifiers = ownerIsClass ? "public abstract " : "";
        }
        out.append("    ").append(modifiers).append(method.signature).append(body == null ? ";" : " " + body)
                .append("\n\n");
    }

    private static String capitalize(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static String getter(Prop prop) {
        return (prop.type.equals("boolean") ? "is" : "get") + capitalize(prop.name);
    }

    private void renderType(TypeDecl type, String indent, StringBuilder out) {
        String nested = indent.isEmpty() ? "" : "static ";
        String superclass = type.superName == null ? "" : " extends " + type.superName;
        for (String annotation : type.annotations) {
            out.append(indent).append(annotation).append('\n');
        }
        String name = type.name + type.typeParameters;
        String in = indent + "    ";
        switch (type.kind) {
            case RECORD -> {
                List<String> components = new ArrayList<>();
                for (Prop prop : type.props) {
                    components.add(prop.type + " " + prop.name);
                }
                out.append(indent).append("public record ").append(name).append("(")
                        .append(String.join(", ", components)).append(type.converterInside
                                ? ") {\n" + in + "@Converter\n" + in + "public String convert(String value) { return value; }\n"
                                        + indent + "}\n\n"
                                : ") {}\n\n");
            }
            case ENUM -> out.append(indent).append("public enum ").append(name).append(" { ")
                    .append(String.join(", ", type.constants)).append(" }\n\n");
            case FIELDS -> {
                out.append(indent).append("public ").append(nested).append("class ").append(name).append(superclass)
                        .append(" {\n");
                for (Prop prop : type.props) {
                    out.append(in).append("public ").append(prop.type).append(' ').append(prop.name).append(";\n");
                }
                out.append(indent).append("}\n\n");
            }
            case BEAN, GETTERS, ABSTRACT -> {
                out.append(indent).append("public ").append(type.kind == Kind.ABSTRACT ? "abstract " : "")
                        .append(nested).append("class ").append(name).append(superclass).append(" {\n");
                for (Prop prop : type.props) {
                    out.append(in).append("private ").append(prop.type).append(' ').append(prop.name).append(";\n");
                }
                for (Prop prop : type.props) {
                    out.append(in).append("public ").append(prop.type).append(' ').append(getter(prop))
                            .append("() { return ").append(prop.name).append("; }\n");
                    if (type.kind != Kind.GETTERS) {
                        out.append(in).append("public void set").append(capitalize(prop.name)).append('(')
                                .append(prop.type).append(' ').append(prop.name).append(") { this.").append(prop.name)
                                .append(" = ").append(prop.name).append("; }\n");
                    }
                }
                out.append(indent).append("}\n\n");
            }
            case CTOR -> {
                out.append(indent).append("public ").append(nested).append("class ").append(name).append(" {\n");
                List<String> parameters = new ArrayList<>();
                StringBuilder assignments = new StringBuilder();
                for (Prop prop : type.props) {
                    out.append(in).append("private final ").append(prop.type).append(' ').append(prop.name)
                            .append(";\n");
                    parameters.add(prop.type + " " + prop.name);
                    assignments.append(" this.").append(prop.name).append(" = ").append(prop.name).append(';');
                }
                out.append(in).append("public ").append(type.name).append('(').append(String.join(", ", parameters))
                        .append(") {").append(assignments).append(" }\n");
                for (Prop prop : type.props) {
                    out.append(in).append("public ").append(prop.type).append(' ').append(getter(prop))
                            .append("() { return ").append(prop.name).append("; }\n");
                }
                out.append(indent).append("}\n\n");
            }
            default -> throw new IllegalStateException(type.kind.toString());
        }
    }
}

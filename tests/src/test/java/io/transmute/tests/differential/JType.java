package io.transmute.tests.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Java types a differential case uses, as a small syntax tree: it renders to source text for
 * the generator and is interpreted at run time by the oracle. Models and enums are compared by
 * identity of their specs, so two properties of one model type have equal {@code JType}s.
 */
sealed interface JType {

    /** Java source text, all JDK types fully qualified (a case may declare a model named {@code List}). */
    String source();

    /** A primitive type. */
    record Prim(PrimKind kind) implements JType {
        @Override
        public String source() {
            return kind.keyword;
        }
    }

    /** A platform value type: a box, String, a number type, a date, or a supertype of those. */
    record Val(ValKind kind) implements JType {
        @Override
        public String source() {
            return kind.type.getName();
        }
    }

    /** An enum the case declares. */
    record Enum(CaseSpec.EnumSpec spec) implements JType {
        @Override
        public String source() {
            return spec.reference();
        }
    }

    /** A model (record, bean, constructor class, public fields) the case declares, with its type arguments. */
    record Model(CaseSpec.ModelSpec spec, List<JType> args) implements JType {
        public Model {
            args = List.copyOf(args);
        }

        public Model(CaseSpec.ModelSpec spec) {
            this(spec, List.of());
        }

        @Override
        public String source() {
            if (args.isEmpty()) {
                return spec.reference();
            }
            StringBuilder text = new StringBuilder(spec.reference()).append('<');
            for (int i = 0; i < args.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(args.get(i).source());
            }
            return text.append('>').toString();
        }

        /** The type of {@code prop} in this model, its type variables replaced by this model's arguments. */
        JType propType(CaseSpec.Prop prop) {
            if (args.isEmpty()) {
                return prop.type;
            }
            java.util.Map<String, JType> bindings = new java.util.HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                bindings.put(spec.typeParams.get(i), args.get(i));
            }
            return unwild(substitute(prop.type, bindings));
        }
    }

    /** A type variable of a generic model. */
    record TypeVar(String name) implements JType {
        @Override
        public String source() {
            return name;
        }
    }

    static JType substitute(JType type, java.util.Map<String, JType> bindings) {
        if (type instanceof TypeVar v) {
            return bindings.getOrDefault(v.name(), type);
        }
        if (type instanceof Cont c) {
            List<JType> args = new java.util.ArrayList<>();
            for (JType arg : c.args()) {
                args.add(substitute(arg, bindings));
            }
            return new Cont(c.kind(), args);
        }
        if (type instanceof Array a) {
            return new Array(substitute(a.component(), bindings));
        }
        if (type instanceof Wild w) {
            return new Wild(w.superBound(), substitute(w.bound(), bindings));
        }
        if (type instanceof Model m && !m.args().isEmpty()) {
            List<JType> args = new java.util.ArrayList<>();
            for (JType arg : m.args()) {
                args.add(substitute(arg, bindings));
            }
            return new Model(m.spec(), args);
        }
        return type;
    }

    static boolean mentionsTypeVar(JType type) {
        if (type instanceof TypeVar) {
            return true;
        }
        if (type instanceof Cont c) {
            return c.args().stream().anyMatch(JType::mentionsTypeVar);
        }
        if (type instanceof Array a) {
            return mentionsTypeVar(a.component());
        }
        return type instanceof Wild w && mentionsTypeVar(w.bound());
    }

    /** A container: collections, maps and Optional. */
    record Cont(ContKind kind, List<JType> args) implements JType {
        public Cont {
            args = List.copyOf(args);
            if (args.size() != (kind.isMap() ? 2 : 1)) {
                throw new IllegalArgumentException(kind + " " + args);
            }
        }

        public Cont(ContKind kind, JType element) {
            this(kind, List.of(element));
        }

        /** The element type; for a wildcard argument its bound (elements are read and written as the bound). */
        JType element() {
            return unwild(args.get(kind.isMap() ? 1 : 0));
        }

        JType key() {
            return unwild(args.get(0));
        }

        @Override
        public String source() {
            StringBuilder text = new StringBuilder(kind.type.getName()).append('<');
            for (int i = 0; i < args.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(args.get(i).source());
            }
            return text.append('>').toString();
        }
    }

    /** A wildcard type argument: {@code ? extends bound} or {@code ? super bound}. */
    record Wild(boolean superBound, JType bound) implements JType {
        @Override
        public String source() {
            return (superBound ? "? super " : "? extends ") + bound.source();
        }
    }

    static JType unwild(JType type) {
        return type instanceof Wild w ? w.bound() : type;
    }

    /** An array. */
    record Array(JType component) implements JType {
        @Override
        public String source() {
            return component.source() + "[]";
        }
    }

    enum PrimKind {
        BOOLEAN("boolean", boolean.class, Boolean.class),
        BYTE("byte", byte.class, Byte.class),
        SHORT("short", short.class, Short.class),
        CHAR("char", char.class, Character.class),
        INT("int", int.class, Integer.class),
        LONG("long", long.class, Long.class),
        FLOAT("float", float.class, Float.class),
        DOUBLE("double", double.class, Double.class);

        final String keyword;
        final Class<?> type;
        final Class<?> box;

        PrimKind(String keyword, Class<?> type, Class<?> box) {
            this.keyword = keyword;
            this.type = type;
            this.box = box;
        }

        ValKind boxKind() {
            return ValKind.valueOf(name() + "_BOX");
        }

        /** JLS 5.1.2 widening primitive conversion (not identity). */
        boolean widensTo(PrimKind target) {
            return switch (this) {
                case BYTE -> List.of(SHORT, INT, LONG, FLOAT, DOUBLE).contains(target);
                case SHORT, CHAR -> List.of(INT, LONG, FLOAT, DOUBLE).contains(target);
                case INT -> List.of(LONG, FLOAT, DOUBLE).contains(target);
                case LONG -> List.of(FLOAT, DOUBLE).contains(target);
                case FLOAT -> target == DOUBLE;
                default -> false;
            };
        }
    }

    enum ValKind {
        BOOLEAN_BOX(Boolean.class),
        BYTE_BOX(Byte.class),
        SHORT_BOX(Short.class),
        CHAR_BOX(Character.class),
        INT_BOX(Integer.class),
        LONG_BOX(Long.class),
        FLOAT_BOX(Float.class),
        DOUBLE_BOX(Double.class),
        STRING(String.class),
        BIG_DECIMAL(BigDecimal.class),
        BIG_INTEGER(BigInteger.class),
        LOCAL_DATE(LocalDate.class),
        UUID_(UUID.class),
        NUMBER(Number.class),
        CHAR_SEQUENCE(CharSequence.class),
        OBJECT(Object.class);

        final Class<?> type;

        ValKind(Class<?> type) {
            this.type = type;
        }

        /** The primitive this boxes, or null. */
        PrimKind unboxed() {
            return name().endsWith("_BOX") ? PrimKind.valueOf(name().substring(0, name().length() - 4)) : null;
        }
    }

    /** Containers, with the class Transmute creates for each as a destination (README table). */
    enum ContKind {
        ITERABLE(Iterable.class, java.util.ArrayList.class),
        COLLECTION(java.util.Collection.class, java.util.ArrayList.class),
        LIST(List.class, java.util.ArrayList.class),
        ARRAY_LIST(java.util.ArrayList.class, java.util.ArrayList.class),
        LINKED_LIST(java.util.LinkedList.class, java.util.LinkedList.class),
        QUEUE(java.util.Queue.class, java.util.ArrayDeque.class),
        DEQUE(java.util.Deque.class, java.util.ArrayDeque.class),
        ARRAY_DEQUE(java.util.ArrayDeque.class, java.util.ArrayDeque.class),
        SET(java.util.Set.class, java.util.LinkedHashSet.class),
        HASH_SET(java.util.HashSet.class, java.util.LinkedHashSet.class),
        LINKED_HASH_SET(java.util.LinkedHashSet.class, java.util.LinkedHashSet.class),
        SORTED_SET(java.util.SortedSet.class, java.util.TreeSet.class),
        NAVIGABLE_SET(java.util.NavigableSet.class, java.util.TreeSet.class),
        TREE_SET(java.util.TreeSet.class, java.util.TreeSet.class),
        MAP(java.util.Map.class, java.util.LinkedHashMap.class),
        HASH_MAP(java.util.HashMap.class, java.util.LinkedHashMap.class),
        LINKED_HASH_MAP(java.util.LinkedHashMap.class, java.util.LinkedHashMap.class),
        SORTED_MAP(java.util.SortedMap.class, java.util.TreeMap.class),
        NAVIGABLE_MAP(java.util.NavigableMap.class, java.util.TreeMap.class),
        TREE_MAP(java.util.TreeMap.class, java.util.TreeMap.class),
        OPTIONAL(java.util.Optional.class, java.util.Optional.class);

        final Class<?> type;
        final Class<?> created;

        ContKind(Class<?> type, Class<?> created) {
            this.type = type;
            this.created = created;
        }

        boolean isMap() {
            return java.util.Map.class.isAssignableFrom(type);
        }

        boolean isOptional() {
            return this == OPTIONAL;
        }

        /** Iterable, collections: anything read element by element (not maps, not Optional). */
        boolean isIterable() {
            return !isMap() && !isOptional();
        }

        boolean isSorted() {
            return created == java.util.TreeSet.class || created == java.util.TreeMap.class;
        }

        /** Rejects null elements (ArrayDeque). */
        boolean rejectsNull() {
            return created == java.util.ArrayDeque.class;
        }
    }

    // ---- helpers ----

    static Prim prim(PrimKind kind) {
        return new Prim(kind);
    }

    static Val val(ValKind kind) {
        return new Val(kind);
    }

    static Cont list(JType element) {
        return new Cont(ContKind.LIST, element);
    }

    static Cont optional(JType element) {
        return new Cont(ContKind.OPTIONAL, element);
    }

    /** Reference type for a generic argument: primitives boxed. */
    static JType boxed(JType type) {
        return type instanceof Prim p ? new Val(p.kind().boxKind()) : type;
    }

    static boolean isReference(JType type) {
        return !(type instanceof Prim);
    }

    /** Whether the type, with its nested types, mentions a model. */
    static boolean mentionsModel(JType type) {
        if (type instanceof Model) {
            return true;
        }
        if (type instanceof Cont c) {
            return c.args().stream().anyMatch(JType::mentionsModel);
        }
        if (type instanceof Array a) {
            return mentionsModel(a.component());
        }
        return false;
    }

    /** Whether values of this type are Comparable by natural order (keys of sorted maps and sets). */
    static boolean comparable(JType type) {
        if (type instanceof Enum) {
            return true;
        }
        if (type instanceof Val v) {
            return switch (v.kind()) {
                case NUMBER, CHAR_SEQUENCE, OBJECT -> false;
                default -> true;
            };
        }
        return false;
    }

    /** Whether an array of this type can be created in Java (no generic types). */
    static boolean reifiable(JType type) {
        if (type instanceof Cont || type instanceof TypeVar || type instanceof Wild
                || type instanceof Model m && !m.args().isEmpty()) {
            return false;
        }
        if (type instanceof Array a) {
            return reifiable(a.component());
        }
        return true;
    }
}

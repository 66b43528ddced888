package io.transmute.tests.differential;

import io.transmute.tests.differential.CaseSpec.ModelKind;
import io.transmute.tests.differential.CaseSpec.ModelSpec;
import io.transmute.tests.differential.CaseSpec.Prop;
import io.transmute.tests.differential.JType.Cont;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** Random source values by reflection: nulls at every level with a given probability, bounded depth. */
final class Instances {
    private final Random random;
    private final double nullChance;
    private final Oracle classes;
    private final int maxDepth;

    Instances(Random random, double nullChance, Oracle classes) {
        this.random = random;
        this.nullChance = nullChance;
        this.classes = classes;
        this.maxDepth = 3 + random.nextInt(2);
    }

    Object value(JType type, int depth) {
        if (type instanceof JType.Prim p) {
            return primitive(p.kind());
        }
        if (nullChance > 0 && random.nextDouble() < nullChance) {
            return null;
        }
        if (type instanceof JType.Val v) {
            return switch (v.kind()) {
                case STRING -> CaseGenerator.randomString(random, true);
                case BIG_DECIMAL -> BigDecimal.valueOf(random.nextInt(200000) - 100000, random.nextInt(4));
                case BIG_INTEGER -> BigInteger.valueOf(random.nextLong()).multiply(BigInteger.valueOf(random.nextInt(5) + 1));
                case LOCAL_DATE -> LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
                case UUID_ -> new UUID(random.nextLong(), random.nextLong());
                case NUMBER -> random.nextBoolean() ? (Object) random.nextInt(100) : (Object) BigDecimal.valueOf(random.nextInt(999), 1);
                case OBJECT -> random.nextBoolean() ? (Object) CaseGenerator.randomString(random, false) : (Object) random.nextLong();
                case CHAR_SEQUENCE -> CaseGenerator.randomString(random, false);
                default -> primitive(v.kind().unboxed());
            };
        }
        if (type instanceof JType.Enum) {
            Object[] constants = classes.classOf(type).getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (type instanceof JType.Model m) {
            return depth >= maxDepth ? null : model(m, depth);
        }
        int size = depth >= maxDepth ? 0 : random.nextInt(4);
        if (type instanceof JType.Array a) {
            Object array = Array.newInstance(classes.classOf(a.component()), size);
            for (int i = 0; i < size; i++) {
                Array.set(array, i, i > 0 && random.nextInt(5) == 0 ? Array.get(array, 0) : value(a.component(), depth + 1));
            }
            return array;
        }
        Cont cont = (Cont) type;
        if (cont.kind().isOptional()) {
            if (random.nextInt(4) == 0 || depth >= maxDepth) {
                return Optional.empty();
            }
            Object element = nonNull(cont.element(), depth + 1);
            return Optional.ofNullable(element);
        }
        if (cont.kind().isMap()) {
            boolean sorted = cont.kind().isSorted();
            Map<Object, Object> map = sorted ? new TreeMap<>()
                    : random.nextBoolean() || cont.kind() == JType.ContKind.LINKED_HASH_MAP ? new LinkedHashMap<>()
                    : new HashMap<>();
            for (int i = 0; i < size; i++) {
                Object key = sorted ? nonNull(cont.key(), depth + 1) : value(cont.key(), depth + 1);
                if (key != null || !sorted) {
                    map.put(key, value(cont.element(), depth + 1));
                }
            }
            return map;
        }
        boolean nullsAllowed = true;
        Collection<Object> collection;
        switch (cont.kind()) {
            case SORTED_SET, NAVIGABLE_SET, TREE_SET -> {
                collection = new TreeSet<>();
                nullsAllowed = false;
            }
            case SET, HASH_SET, LINKED_HASH_SET -> collection = random.nextBoolean() || cont.kind()
                    == JType.ContKind.LINKED_HASH_SET ? new LinkedHashSet<>() : new HashSet<>();
            case LINKED_LIST -> collection = new LinkedList<>();
            case QUEUE, DEQUE, ARRAY_DEQUE -> {
                collection = new ArrayDeque<>();
                nullsAllowed = false;
            }
            case ARRAY_LIST -> collection = new ArrayList<>();
            case ITERABLE, COLLECTION -> {
                int roll = random.nextInt(4);
                if (roll == 0) {
                    collection = new ArrayDeque<>();
                    nullsAllowed = false;
                } else if (roll == 1) {
                    collection = new LinkedHashSet<>();
                } else {
                    collection = new ArrayList<>();
                }
            }
            default -> collection = random.nextInt(4) == 0 ? new LinkedList<>() : new ArrayList<>();
        }
        for (int i = 0; i < size; i++) {
            Object element = nullsAllowed ? value(cont.element(), depth + 1) : nonNull(cont.element(), depth + 1);
            if (element != null || nullsAllowed) {
                collection.add(element);
            }
        }
        if (!collection.isEmpty() && random.nextInt(6) == 0) {
            // the same element twice: a Set destination keeps one of equal elements
            collection.add(collection.iterator().next());
        }
        if (cont.kind() == JType.ContKind.ITERABLE && random.nextInt(3) == 0) {
            List<Object> elements = new ArrayList<>(collection);
            return new PlainIterable(elements);
        }
        return collection;
    }

    /** An Iterable that is not a Collection. */
    static final class PlainIterable implements Iterable<Object> {
        private final List<Object> elements;

        PlainIterable(List<Object> elements) {
            this.elements = elements;
        }

        @Override
        public java.util.Iterator<Object> iterator() {
            return elements.iterator();
        }

        List<Object> elements() {
            return elements;
        }

        @Override
        public String toString() {
            return "PlainIterable" + elements;
        }
    }

    private Object nonNull(JType type, int depth) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Object value = value(type, depth);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    Object model(JType.Model m, int depth) {
        ModelSpec model = m.spec();
        if (!model.subclasses.isEmpty() && (model.isAbstract || random.nextBoolean())) {
            // an instance of a subclass where the base is expected: converters dispatch on it
            model = model.subclasses.get(random.nextInt(model.subclasses.size()));
            m = new JType.Model(model);
        }
        try {
            Class<?> type = classes.classOf(new JType.Model(model));
            switch (model.kind) {
                case RECORD -> {
                    Class<?>[] types = new Class<?>[model.props.size()];
                    Object[] args = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        types[i] = classes.classOf(model.props.get(i).type);
                        args[i] = value(m.propType(model.props.get(i)), depth + 1);
                    }
                    return type.getConstructor(types).newInstance(args);
                }
                case CTOR, MIXED -> {
                    // A MIXED model (a destination) is created too, as what an @Into target already holds.
                    Class<?>[] types = new Class<?>[model.constructorOrder.size()];
                    Object[] args = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        Prop prop = model.prop(model.constructorOrder.get(i));
                        types[i] = classes.classOf(prop.type);
                        args[i] = value(m.propType(prop), depth + 1);
                    }
                    Object instance = type.getConstructor(types).newInstance(args);
                    for (Prop prop : model.allProps()) {
                        if (!model.constructorOrder.contains(prop.name)) {
                            Field field = field(type, prop.name);
                            field.setAccessible(true);
                            field.set(instance, value(m.propType(prop), depth + 1));
                        }
                    }
                    return instance;
                }
                default -> {
                    Object instance = type.getConstructor().newInstance();
                    for (Prop prop : model.allProps()) {
                        Field field = field(type, prop.name);
                        field.setAccessible(true);
                        field.set(instance, value(m.propType(prop), depth + 1));
                    }
                    return instance;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new Oracle.OracleError("cannot create source " + model.name, e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                return current.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    private Object primitive(JType.PrimKind kind) {
        int roll = random.nextInt(6);
        return switch (kind) {
            case BOOLEAN -> random.nextBoolean();
            case BYTE -> roll == 0 ? Byte.MIN_VALUE : roll == 1 ? Byte.MAX_VALUE : (byte) random.nextInt();
            case SHORT -> roll == 0 ? Short.MIN_VALUE : roll == 1 ? Short.MAX_VALUE : (short) random.nextInt();
            case CHAR -> roll == 0 ? '\0' : roll == 1 ? '\uffff' : roll == 2 ? '\u00e9'
                    : (char) ('a' + random.nextInt(26));
            case INT -> roll == 0 ? Integer.MIN_VALUE : roll == 1 ? Integer.MAX_VALUE : random.nextInt(2001) - 1000;
            case LONG -> roll == 0 ? Long.MIN_VALUE : roll == 1 ? Long.MAX_VALUE : random.nextLong();
            case FLOAT -> roll == 0 ? Float.NaN : roll == 1 ? -0.0f : roll == 2 ? Float.MAX_VALUE
                    : random.nextFloat() * 100 - 50;
            case DOUBLE -> roll == 0 ? Double.NEGATIVE_INFINITY : roll == 1 ? -0.0 : roll == 2 ? Double.MIN_VALUE
                    : random.nextDouble() * 1e6;
        };
    }

    static boolean isModelKindWithFields(ModelKind kind) {
        return kind == ModelKind.BEAN || kind == ModelKind.FIELDS;
    }
}

package io.transmute.tests.differential;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares an expected destination value with the one a generated converter returned: classes,
 * fields, elements in iteration order (the README's containers keep insertion order or sort),
 * map entries, array elements, Optional contents; same-type models by identity; and copy semantics:
 * no container of the result is a container of the source.
 */
final class Structural {
    private final Set<Object> shared;
    private final Set<Object> sourceContainers;
    private final ClassLoader caseLoader;

    Structural(Set<Object> shared, Set<Object> sourceContainers, ClassLoader caseLoader) {
        this.shared = shared;
        this.sourceContainers = sourceContainers;
        this.caseLoader = caseLoader;
    }

    /** Every Collection, Map and array reachable from {@code roots}. */
    static Set<Object> containers(Object... roots) {
        Set<Object> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> work = new ArrayList<>();
        Collections.addAll(work, roots);
        while (!work.isEmpty()) {
            Object value = work.remove(work.size() - 1);
            if (value == null || !seen.add(value) || isValue(value)) {
                continue;
            }
            if (value instanceof Collection<?> c) {
                found.add(value);
                work.addAll(c);
            } else if (value instanceof Map<?, ?> m) {
                found.add(value);
                work.addAll(m.keySet());
                work.addAll(m.values());
            } else if (value.getClass().isArray()) {
                found.add(value);
                if (!value.getClass().getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(value); i++) {
                        work.add(Array.get(value, i));
                    }
                }
            } else if (value instanceof Optional<?> o) {
                o.ifPresent(work::add);
            } else if (value instanceof Iterable<?> i) {
                i.forEach(work::add);
            } else {
                for (Field field : fields(value.getClass())) {
                    try {
                        work.add(field.get(value));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return found;
    }

    private static boolean isValue(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof java.time.LocalDate
                || value instanceof java.util.UUID;
    }

    /** The first difference, or null when equal. */
    String compare(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            return expected == actual ? null : path + ": expected " + show(expected) + " but was " + show(actual);
        }
        if (shared.contains(expected)) {
            return expected == actual ? null
                    : path + ": expected the source's own " + expected.getClass().getSimpleName()
                            + " (same-type model, assigned) but got another instance";
        }
        if (expected.getClass() != actual.getClass()) {
            return path + ": expected a " + expected.getClass().getName() + " " + show(expected) + " but got a "
                    + actual.getClass().getName() + " " + show(actual);
        }
        if (isValue(expected) || expected instanceof java.math.BigDecimal) {
            return expected.equals(actual) ? null : path + ": expected " + show(expected) + " but was " + show(actual);
        }
        if (expected instanceof Optional<?> e) {
            Optional<?> a = (Optional<?>) actual;
            if (e.isPresent() != a.isPresent()) {
                return path + ": expected " + show(expected) + " but was " + show(actual);
            }
            return e.isPresent() ? compare(e.get(), a.get(), path + ".get()") : null;
        }
        if (expected instanceof Collection<?> || expected instanceof Map<?, ?> || expected.getClass().isArray()) {
            if (sourceContainers.contains(actual)) {
                return path + ": the result shares the source's " + actual.getClass().getSimpleName()
                        + " instead of copying it";
            }
        }
        if (expected instanceof Collection<?> e) {
            Collection<?> a = (Collection<?>) actual;
            if (e.size() != a.size()) {
                return path + ": expected " + e.size() + " elements " + show(expected) + " but got " + a.size() + " "
                        + show(actual);
            }
            Iterator<?> ei = e.iterator();
            Iterator<?> ai = a.iterator();
            for (int i = 0; ei.hasNext(); i++) {
                String difference = compare(ei.next(), ai.next(), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected instanceof Map<?, ?> e) {
            Map<?, ?> a = (Map<?, ?>) actual;
            if (e.size() != a.size()) {
                return path + ": expected " + e.size() + " entries " + show(expected) + " but got " + a.size() + " "
                        + show(actual);
            }
            Iterator<? extends Map.Entry<?, ?>> ei = e.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> ai = a.entrySet().iterator();
            for (int i = 0; ei.hasNext(); i++) {
                Map.Entry<?, ?> ee = ei.next();
                Map.Entry<?, ?> ae = ai.next();
                String difference = compare(ee.getKey(), ae.getKey(), path + ".key#" + i);
                if (difference == null) {
                    difference = compare(ee.getValue(), ae.getValue(), path + "[" + show(ee.getKey()) + "]");
                }
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected.getClass().isArray()) {
            int length = Array.getLength(expected);
            if (length != Array.getLength(actual)) {
                return path + ": expected " + length + " elements but got " + Array.getLength(actual);
            }
            for (int i = 0; i < length; i++) {
                String difference = compare(Array.get(expected, i), Array.get(actual, i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected.getClass().getClassLoader() != caseLoader) {
            return expected.equals(actual) ? null : path + ": expected " + show(expected) + " but was " + show(actual);
        }
        for (Field field : fields(expected.getClass())) {
            try {
                String difference = compare(field.get(expected), field.get(actual), path + "." + field.getName());
                if (difference != null) {
                    return difference;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            if (current.getClassLoader() == null) {
                break;
            }
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return '"' + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\0", "\\0") + '"';
        }
        if (value instanceof Character c) {
            return "'" + (c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c)) + "'";
        }
        if (value.getClass().isArray()) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(value); i++) {
                text.append(i == 0 ? "" : ", ").append(show(Array.get(value, i)));
            }
            return text.append(']').toString();
        }
        if (value instanceof Collection<?> c) {
            StringBuilder text = new StringBuilder(value.getClass().getSimpleName()).append('[');
            int i = 0;
            for (Object element : c) {
                text.append(i++ == 0 ? "" : ", ").append(show(element));
            }
            return text.append(']').toString();
        }
        if (value instanceof Map<?, ?> m) {
            StringBuilder text = new StringBuilder(value.getClass().getSimpleName()).append('{');
            int i = 0;
            for (Map.Entry<?, ?> entry : m.entrySet()) {
                text.append(i++ == 0 ? "" : ", ").append(show(entry.getKey())).append('=').append(show(entry.getValue()));
            }
            return text.append('}').toString();
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> "Optional[" + show(v) + "]").orElse("Optional.empty");
        }
        if (value.getClass().isRecord() || value.getClass().getClassLoader() == null) {
            return String.valueOf(value);
        }
        StringBuilder text = new StringBuilder(value.getClass().getSimpleName()).append('{');
        int i = 0;
        for (Field field : fields(value.getClass())) {
            try {
                text.append(i++ == 0 ? "" : ", ").append(field.getName()).append('=').append(show(field.get(value)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return text.append('}').toString();
    }
}

package io.transmute.processor.generation;

import java.util.Locale;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Readable names for generated locals and helper methods, derived from types. */
final class Names {
    private Names() {
    }

    /**
     * {@code Review} → {@code review}, {@code List<Review>} → {@code reviewList},
     * {@code Optional<Cell>} → {@code cellOptional}, {@code int[]} → {@code intArray}.
     */
    static String label(TypeMirror type) {
        if (type instanceof ArrayType array) {
            return label(array.getComponentType()) + "Array";
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() != null ? label(wildcard.getExtendsBound()) : "object";
        }
        if (type instanceof DeclaredType declared) {
            String simpleName = ((TypeElement) declared.asElement()).getSimpleName().toString();
            if (declared.getTypeArguments().isEmpty()) {
                return decapitalize(simpleName);
            }
            StringBuilder name = new StringBuilder();
            for (TypeMirror argument : declared.getTypeArguments()) {
                name.append(capitalize(label(argument)));
            }
            return decapitalize(name.toString()) + simpleName;
        }
        return type.toString();
    }

    /** The name of a helper converting {@code source} to {@code destination}: {@code authorToAuthorDto}. */
    static String helper(TypeMirror source, TypeMirror destination) {
        return label(source) + "To" + capitalize(label(destination));
    }

    /** A plural for a collection of {@code element}s: {@code reviews}, {@code categories}. */
    static String plural(TypeMirror element) {
        String singular = label(element);
        if (singular.endsWith("y") && singular.length() > 1 && "aeiou".indexOf(singular.charAt(singular.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        if (singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("ch") || singular.endsWith("sh")) {
            return singular + "es";
        }
        return singular + "s";
    }

    /** {@code Review} → {@code review}, {@code UUID} → {@code uuid}, {@code URLParser} → {@code urlParser}. */
    static String decapitalize(String name) {
        int capitals = 0;
        while (capitals < name.length() && Character.isUpperCase(name.charAt(capitals))) {
            capitals++;
        }
        if (capitals == 0) {
            return name;
        }
        if (capitals == 1 || capitals == name.length()) {
            return name.substring(0, capitals).toLowerCase(Locale.ROOT) + name.substring(capitals);
        }
        // The last capital of a run starts the next word: URLParser is url + Parser.
        return name.substring(0, capitals - 1).toLowerCase(Locale.ROOT) + name.substring(capitals - 1);
    }

    static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

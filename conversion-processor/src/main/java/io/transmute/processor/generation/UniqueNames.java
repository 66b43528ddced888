package io.transmute.processor.generation;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Hands out distinct Java identifiers: {@code review}, then {@code review2}; a keyword such as
 * {@code int} becomes {@code intValue}. (JavaPoet's NameAllocator appends underscores, which read
 * worse in generated code that users are meant to read.)
 */
final class UniqueNames {
    private final Set<String> taken = new HashSet<>();

    String newName(String suggestion) {
        String base = identifier(suggestion);
        String name = base;
        for (int counter = 2; !taken.add(name); counter++) {
            name = base + counter;
        }
        return name;
    }

    private static String identifier(String suggestion) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < suggestion.length(); i++) {
            char c = suggestion.charAt(i);
            if (name.length() == 0 ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
                name.append(c);
            }
        }
        if (name.length() == 0) {
            return "value";
        }
        // A local named like a type (a property called Objects) would hide the type.
        String local = Names.decapitalize(name.toString());
        return SourceVersion.isKeyword(local) ? local + "Value" : local;
    }
}

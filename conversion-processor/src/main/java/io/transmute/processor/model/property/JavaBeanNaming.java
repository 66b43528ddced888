package io.transmute.processor.model.property;

import java.beans.Introspector;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * JavaBeans naming: {@code getX()}, {@code isX()} for {@code boolean}/{@code Boolean}, and
 * {@code setX(value)}. Record accessors are found from the record components, not here.
 */
public final class JavaBeanNaming implements AccessorNaming {

    @Override
    public Optional<String> readProperty(ExecutableElement method) {
        if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
            return Optional.empty();
        }
        String name = method.getSimpleName().toString();
        if (hasPrefix(name, "get")) {
            return Optional.of(Introspector.decapitalize(name.substring(3)));
        }
        if (hasPrefix(name, "is") && isBoolean(method.getReturnType())) {
            return Optional.of(Introspector.decapitalize(name.substring(2)));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> writeProperty(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        if (method.getParameters().size() == 1 && hasPrefix(name, "set")) {
            return Optional.of(Introspector.decapitalize(name.substring(3)));
        }
        return Optional.empty();
    }

    /** As java.beans.Introspector: any name after the prefix, so getxCoord() reads xCoord. */
    private static boolean hasPrefix(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix);
    }

    private static boolean isBoolean(TypeMirror type) {
        return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
    }
}

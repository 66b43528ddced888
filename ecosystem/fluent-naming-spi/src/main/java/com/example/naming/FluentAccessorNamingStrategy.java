package com.example.naming;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import org.mapstruct.ap.spi.DefaultAccessorNamingStrategy;

/**
 * Reads {@code name()} and writes {@code name(value)} (returning {@code void} or the object itself)
 * for every field {@code name} of a class, besides the JavaBean getters and setters the default
 * strategy finds. Only methods named after a field count, so {@code toString()} or {@code describe()}
 * never become properties.
 */
public class FluentAccessorNamingStrategy extends DefaultAccessorNamingStrategy {

    @Override // String name(): a getter of the field "name"
    public boolean isGetterMethod(ExecutableElement method) {
        return super.isGetterMethod(method)
                || method.getParameters().isEmpty()
                        && method.getReturnType().getKind() != TypeKind.VOID
                        && namesAField(method);
    }

    @Override // void name(String): a setter (Person name(String) already is one by default)
    public boolean isSetterMethod(ExecutableElement method) {
        return super.isSetterMethod(method)
                || method.getParameters().size() == 1
                        && method.getReturnType().getKind() == TypeKind.VOID
                        && namesAField(method);
    }

    @Override
    public String getPropertyName(ExecutableElement method) {
        return namesAField(method) && !isBeanAccessorName(method)
                ? method.getSimpleName().toString()
                : super.getPropertyName(method);
    }

    /** {@code getName()}, {@code isVip()}, {@code setName(...)}: left to the default strategy. */
    private static boolean isBeanAccessorName(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        return hasPrefix(name, "get") || hasPrefix(name, "set") || hasPrefix(name, "is");
    }

    private static boolean hasPrefix(String name, String prefix) {
        return name.length() > prefix.length()
                && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }

    /** Whether the method's class declares an instance field of the method's name. */
    private static boolean namesAField(ExecutableElement method) {
        for (Element member : method.getEnclosingElement().getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD
                    && !member.getModifiers().contains(Modifier.STATIC)
                    && member.getSimpleName().contentEquals(method.getSimpleName())) {
                return true;
            }
        }
        return false;
    }
}

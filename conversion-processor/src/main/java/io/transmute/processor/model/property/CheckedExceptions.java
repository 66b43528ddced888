package io.transmute.processor.model.property;

import io.transmute.processor.model.TypeTools;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the checked exceptions a constructor or method declares. Generated converters neither catch
 * nor declare them, so a member that throws one cannot be called from generated code.
 */
final class CheckedExceptions {
    private final TypeTools tools;

    CheckedExceptions(TypeTools tools) {
        this.tools = tools;
    }

    /** The first checked exception {@code member} declares, if any. */
    Optional<TypeMirror> thrownBy(ExecutableElement member) {
        for (TypeMirror thrown : member.getThrownTypes()) {
            if (!isUnchecked(thrown)) {
                return Optional.of(thrown);
            }
        }
        return Optional.empty();
    }

    /** "its setter setTitle(String) throws IOException, a checked exception ..." for {@code member}. */
    String reason(String what, ExecutableElement member) {
        String name = member.getKind() == ElementKind.CONSTRUCTOR
                ? member.getEnclosingElement().getSimpleName().toString() : member.getSimpleName().toString();
        String parameters = member.getParameters().stream().map(parameter -> tools.display(parameter.asType()))
                .collect(Collectors.joining(", "));
        return what + " " + name + "(" + parameters + ") throws " + tools.display(thrownBy(member).orElseThrow())
                + ", a checked exception that generated code neither catches nor declares";
    }

    private boolean isUnchecked(TypeMirror thrown) {
        return isSubtype(thrown, "java.lang.RuntimeException") || isSubtype(thrown, "java.lang.Error");
    }

    private boolean isSubtype(TypeMirror type, String qualifiedName) {
        TypeElement element = tools.elements().getTypeElement(qualifiedName);
        return element != null && tools.types().isSubtype(type, element.asType());
    }
}

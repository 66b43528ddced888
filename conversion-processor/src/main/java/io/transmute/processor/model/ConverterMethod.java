package io.transmute.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Converter} method as declared: its source parameter, extra parameters, destination type
 * (all resolved as members of the converter type) and its linking annotations.
 */
public record ConverterMethod(
        ExecutableElement element,
        List<Parameter> parameters,
        TypeMirror destinationType,
        List<LinkDecl> links,
        List<ConstantDecl> constants,
        List<AllowUnlinkedDecl> allowUnlinked,
        UnloadedPolicy unloaded,
        ReferencePolicy references) {

    /** A parameter with its type as seen from the converter type. */
    public record Parameter(VariableElement element, String name, TypeMirror type) {
    }

    public Parameter source() {
        return parameters.get(0);
    }

    public List<Parameter> extras() {
        return parameters.subList(1, parameters.size());
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public String name() {
        return element.getSimpleName().toString();
    }
}

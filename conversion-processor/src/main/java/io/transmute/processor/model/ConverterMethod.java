package io.transmute.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Converter} method as declared: its source parameter, extra parameters, destination type
 * (all resolved as members of the converter type) and its linking annotations. For a method with
 * an {@code @Into} parameter, the destination is that parameter's type and it is updated in place.
 * {@code builders}: whether destinations that have a builder are created through it.
 */
public record ConverterMethod(
        ExecutableElement element,
        List<Parameter> parameters,
        TypeMirror destinationType,
        List<LinkDecl> links,
        List<ConstantDecl> constants,
        List<AllowUnlinkedDecl> allowUnlinked,
        UnloadedPolicy unloaded,
        ReferencePolicy references,
        NullPolicy nulls,
        UnlinkedPolicy unlinked,
        boolean builders) {

    /** A parameter with its type as seen from the converter type; {@code into} marks the @Into target. */
    public record Parameter(VariableElement element, String name, TypeMirror type, boolean into) {
    }

    /** {@code io.transmute.Nulls}, as the method declares it. */
    public enum NullPolicy {
        SET, SKIP
    }

    /** The @Into parameter, updated in place, if the method has one. */
    public Optional<Parameter> into() {
        return parameters.stream().filter(Parameter::into).findFirst();
    }

    /** Whether an @Into method returns its target (otherwise it returns void). */
    public boolean returnsTarget() {
        return element.getReturnType().getKind() != TypeKind.VOID;
    }

    public Parameter source() {
        return parameters.get(0);
    }

    /** The parameters after the source that may fill properties: not the @Into target. */
    public List<Parameter> extras() {
        return parameters.subList(1, parameters.size()).stream().filter(parameter -> !parameter.into()).toList();
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public String name() {
        return element.getSimpleName().toString();
    }
}

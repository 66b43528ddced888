package io.transmute.processor.coercion;

import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.UserMethod;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * One question for the {@link CoercionResolver}: how to turn {@code source} into {@code destination}.
 *
 * @param sourceLabel names the value in messages, e.g. {@code Book.author}
 * @param destinationLabel names the destination in messages, e.g. {@code BookDto.writer}
 * @param runtimeSourceLabel, runtimeDestinationLabel name them in run-time messages
 * @param anchor where errors are reported
 * @param linkCoercers the methods named by the link's {@code coercer}, empty when none is named
 * @param coercerAnchor where an unusable link coercer is reported
 * @param hasNestedLinks whether links reach inside the destination, so that only a nested
 *     conversion (possibly inside containers) can honour them
 * @param excluded a converter method that must not be reused (the one being implemented)
 * @param entityIds whether an entity (or each entity of a container) stands for its id: the
 *     destination is {@code authorId} or {@code tagIds}
 * @param context what the converter method offers every coercion of the request
 */
public record CoercionRequest(
        TypeMirror source, TypeMirror destination,
        String sourceLabel, String destinationLabel,
        String runtimeSourceLabel, String runtimeDestinationLabel,
        Anchor anchor, List<UserMethod> linkCoercers, Anchor coercerAnchor,
        boolean hasNestedLinks, ExecutableElement excluded, boolean entityIds, Context context) {

    /** Creates the nested conversion of two models; null when it failed and reported why. */
    public interface NestedModels {
        ModelConversion convert(DeclaredType source, DeclaredType destination, String sourceLabel,
                String destinationLabel);
    }

    /**
     * @param models creates nested model conversions, with the links that reach inside them
     * @param entityManager the method's EntityManager, passed down to where ids become entity
     *     references; null when the method declares none
     * @param checkedReferences whether references are looked up ({@code References.CHECKED})
     * @param referenceCheck the conversion's {@code ReferenceCheck}, passed down to where checked
     *     references are made; null when they cannot be (no EntityManager, or no jpa-support)
     * @param jpaSupport whether io.transmute:jpa-support is on the class path
     * @param converter the converter method being implemented: other converters are reused only
     *     when their policies match its
     */
    public record Context(NestedModels models, Capture entityManager, boolean checkedReferences,
            Capture referenceCheck, boolean jpaSupport, ConverterMethod converter) {

        /** Names the converter method in messages, e.g. {@code create()}. */
        public String method() {
            return converter.name() + "()";
        }
    }

    /** The request for the keys of a map: links reach inside its values, never its keys. */
    CoercionRequest forKeys(TypeMirror keySource, TypeMirror keyDestination) {
        return new CoercionRequest(keySource, keyDestination,
                sourceLabel + "[key]", destinationLabel + "[key]",
                runtimeSourceLabel + "[key]", runtimeDestinationLabel + "[key]", anchor, List.of(), coercerAnchor,
                false, null, false, context);
    }

    /** The same request for the parts of a container: no link coercer, the same nested links. */
    CoercionRequest forElements(TypeMirror elementSource, TypeMirror elementDestination, String part) {
        return new CoercionRequest(elementSource, elementDestination,
                sourceLabel + part, destinationLabel + part,
                runtimeSourceLabel + part, runtimeDestinationLabel + part, anchor, List.of(), coercerAnchor,
                hasNestedLinks, null, entityIds, context);
    }

    /** The request for an entity's id ({@code author.id}) instead of the entity. */
    CoercionRequest forId(TypeMirror idType, String idName) {
        return new CoercionRequest(idType, destination,
                sourceLabel + "." + idName, destinationLabel,
                runtimeSourceLabel + "." + idName, runtimeDestinationLabel, anchor, List.of(), coercerAnchor,
                false, null, false, context);
    }
}

package io.transmute.processor.analysis;

import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.model.ConverterMethod;
import java.util.List;

/**
 * How a converter method is implemented: as a model conversion ({@code model}), or, for containers
 * and other values, as one coercion of the source ({@code coercion}) with the values its nested
 * conversions need ({@code captureArguments}).
 *
 * @param dispatch converters of the same type for subtypes of the source, most specific first: a
 *     source of such a subtype is passed to them (a {@code Dog} to {@code DogDto toDto(Dog)})
 * @param unproxy whether the source is an entity whose Hibernate proxy must be unwrapped before
 *     its real class can be tested
 * @param referenceCheck when the conversion makes checked entity references, the name of the
 *     {@code ReferenceCheck} that collects them to be verified before returning; otherwise null
 */
public record MethodPlan(ConverterMethod method, ModelPlan model, Coercion coercion,
        List<CaptureArgument> captureArguments, List<ConverterMethod> dispatch, boolean unproxy,
        String referenceCheck) {

    public boolean verifiesReferences() {
        return referenceCheck != null;
    }

    /** A method that only dispatches: its own destination is abstract. */
    public boolean dispatchesOnly() {
        return model == null && coercion == null;
    }
}

package io.transmute.processor.analysis;

import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.model.ConverterMethod;
import java.util.List;

/**
 * How a converter method is implemented: as a model conversion ({@code model}), or, for containers
 * and other values, as one coercion of the source ({@code coercion}) with the values its nested
 * conversions need ({@code captureArguments}).
 */
public record MethodPlan(ConverterMethod method, ModelPlan model, Coercion coercion,
        List<CaptureArgument> captureArguments) {
}

package io.transmute.processor.analysis;

import io.transmute.processor.model.property.Construction;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * The conversion of one source model into one destination model.
 *
 * @param captureArguments the values that nested conversions of the properties need from this
 *     conversion, and where each comes from here
 */
public record ModelPlan(TypeMirror source, Construction construction, List<PropertyPlan> properties,
        List<CaptureArgument> captureArguments) {
}

package io.transmute.processor.analysis;

import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.model.property.DestinationProperty;
import javax.lang.model.type.TypeMirror;

/**
 * How one destination property is filled: the value, its type, and the coercion to the property's
 * type ({@code null} for an unlinked property).
 */
public record PropertyPlan(DestinationProperty property, ValueSource value, TypeMirror valueType,
        Coercion coercion) {

    public boolean isUnlinked() {
        return value instanceof ValueSource.Unlinked;
    }
}

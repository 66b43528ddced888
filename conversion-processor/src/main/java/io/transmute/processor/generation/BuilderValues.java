package io.transmute.processor.generation;

import io.transmute.processor.analysis.PropertyPlan;
import io.transmute.processor.analysis.ValueSource.Constant;
import io.transmute.processor.coercion.Coercion;

/**
 * Which values a builder's setter may receive null from, so that the generated code checks them
 * first. Only what surely cannot be null goes unchecked: a primitive, a constant, an unboxed or
 * wrapped value, an enum mapping that gives a constant for every value, null included.
 */
final class BuilderValues {

    private BuilderValues() {
    }

    static boolean mayBeNull(PropertyPlan property) {
        if (property.property().type().getKind().isPrimitive()) {
            return false;
        }
        Coercion coercion = property.coercion();
        if (coercion instanceof Coercion.Assign) {
            return !(property.value() instanceof Constant) && !property.valueType().getKind().isPrimitive();
        }
        if (coercion instanceof Coercion.Unbox || coercion instanceof Coercion.OptionalWrap
                || coercion instanceof Coercion.OptionalMap) {
            return false;
        }
        if (coercion instanceof Coercion.EnumMapping mapping) {
            return mapping.nullConstant() == null
                    || mapping.cases().stream().anyMatch(known -> known.destination() == null);
        }
        return true;
    }
}

package io.transmute.tests.coercion;

import io.transmute.Coercer;
import io.transmute.Converter;

/** A {@code @Coercer} between two enums beats mapping by constant name. */
public interface EnumCoercer {

    enum Priority { LOW, HIGH }

    enum Urgency { LOW, HIGH }

    record Task(Priority priority) {
    }

    record TaskDto(Urgency priority) {
    }

    @Converter
    TaskDto convert(Task task);

    @Coercer
    static Urgency inverted(Priority priority) {
        return priority == Priority.LOW ? Urgency.HIGH : Urgency.LOW;
    }
}

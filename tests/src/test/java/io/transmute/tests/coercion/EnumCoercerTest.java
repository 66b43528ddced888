package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.coercion.EnumCoercer.Priority;
import io.transmute.tests.coercion.EnumCoercer.Task;
import io.transmute.tests.coercion.EnumCoercer.TaskDto;
import io.transmute.tests.coercion.EnumCoercer.Urgency;
import org.junit.jupiter.api.Test;

class EnumCoercerTest {
    private final EnumCoercer converter = Converters.get(EnumCoercer.class);

    @Test
    void coercerBeatsNameMapping() {
        assertEquals(new TaskDto(Urgency.HIGH), converter.convert(new Task(Priority.LOW)));
        assertEquals(new TaskDto(Urgency.LOW), converter.convert(new Task(Priority.HIGH)));
        assertEquals(new TaskDto(null), converter.convert(new Task(null)));
    }
}

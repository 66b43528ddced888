package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.coercion.CoercerOverloads.Measurement;
import io.transmute.tests.coercion.CoercerOverloads.MeasurementDto;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoercerOverloadsTest {
    private final CoercerOverloads converter = Converters.get(CoercerOverloads.class);

    @Test
    void mostSpecificParameterWins() {
        MeasurementDto dto = converter.convert(
                new Measurement(5, 7L, 1.5, LocalDate.of(2024, 2, 29), "kg"));

        assertEquals("integer:5", dto.count());
        assertEquals("number:7", dto.total());
        assertEquals("number:1.5", dto.ratio());
        assertEquals("object:2024-02-29", dto.day());
    }

    @Test
    void coercerBeatsPlainAssignmentOfTheSameType() {
        MeasurementDto dto = converter.convert(new Measurement(1, 2L, 3.0, LocalDate.of(2000, 1, 1), "kg"));

        assertEquals("object:kg", dto.label());
    }

    @Test
    void nullsAreNotPassedToCoercers() {
        MeasurementDto dto = converter.convert(new Measurement(null, null, null, null, null));

        assertEquals(new MeasurementDto(null, null, null, null, null), dto);
        assertNull(converter.convert(null));
    }
}

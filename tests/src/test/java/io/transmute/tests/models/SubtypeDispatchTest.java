package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.models.SubtypeDispatch.Circle;
import io.transmute.tests.models.SubtypeDispatch.CircleDto;
import io.transmute.tests.models.SubtypeDispatch.Dot;
import io.transmute.tests.models.SubtypeDispatch.DotDto;
import io.transmute.tests.models.SubtypeDispatch.Square;
import io.transmute.tests.models.SubtypeDispatch.SquareDto;
import org.junit.jupiter.api.Test;

class SubtypeDispatchTest {
    private final SubtypeDispatch converter = Converters.get(SubtypeDispatch.class);

    @Test
    void theExtraParameterIsPassedOnToTheSubtypesConverter() {
        assertEquals(new CircleDto(1, "cm"), converter.toDto(new Circle(1), "cm"));
        assertEquals(new SquareDto(2, "mm"), converter.toDto(new Square(2), "mm"));
    }

    @Test
    void aOneParameterSubtypeConverterIsCalledWithTheSourceAlone() {
        assertEquals(new DotDto(), converter.toDto(new Dot(), "cm"));
    }

    @Test
    void aNullSourceIsNull() {
        assertNull(converter.toDto((SubtypeDispatch.Shape) null, "cm"));
    }
}

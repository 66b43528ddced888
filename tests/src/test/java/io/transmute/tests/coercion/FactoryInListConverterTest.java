package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.coercion.FactoryInListConverter.Calls;
import io.transmute.tests.coercion.FactoryInListConverter.Line;
import io.transmute.tests.coercion.FactoryInListConverter.LineDto;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactoryInListConverterTest {
    private final FactoryInListConverter converter = Converters.get(FactoryInListConverter.class);

    @BeforeEach
    void resetCounter() {
        Calls.count = 0;
    }

    @Test
    void factoryRunsOncePerCallAndEveryElementSharesItsValue() {
        List<LineDto> first = converter.convert(List.of(new Line("a"), new Line("b"), new Line("c")));
        List<LineDto> second = converter.convert(List.of(new Line("d"), new Line("e")));

        assertEquals(List.of(new LineDto("a", 1), new LineDto("b", 1), new LineDto("c", 1)), first);
        assertEquals(List.of(new LineDto("d", 2), new LineDto("e", 2)), second);
        assertEquals(2, Calls.count);
    }
}

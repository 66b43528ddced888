package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.BooleanGetters.Flags;
import io.transmute.tests.models.BooleanGetters.FlagsDto;
import org.junit.jupiter.api.Test;

class BooleanGettersTest {
    private final BooleanGetters converter = Converters.get(BooleanGetters.class);

    @Test
    void readsBooleanPropertiesThroughIsAndGetGetters() {
        assertEquals(new FlagsDto(true, Boolean.TRUE, true, "X1"),
                converter.convert(new Flags(true, Boolean.TRUE, true, "X1")));
        assertEquals(new FlagsDto(false, Boolean.FALSE, false, "X2"),
                converter.convert(new Flags(false, Boolean.FALSE, false, "X2")));
    }

    @Test
    void aNullBooleanStaysNull() {
        assertEquals(new FlagsDto(true, null, false, "X3"), converter.convert(new Flags(true, null, false, "X3")));
    }
}

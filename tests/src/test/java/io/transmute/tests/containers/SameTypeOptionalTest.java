package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SameTypeOptionalTest {
    private final SameTypeOptional converter = Converters.get(SameTypeOptional.class);

    @Test
    void keepsPresentAndEmptyValues() {
        assertEquals(Optional.of("x"), converter.convert(Optional.of("x")));
        assertEquals(Optional.empty(), converter.convert(Optional.empty()));
    }

    @Test
    void nullOptionalGivesEmpty() {
        assertEquals(Optional.empty(), converter.convert(null));
    }
}

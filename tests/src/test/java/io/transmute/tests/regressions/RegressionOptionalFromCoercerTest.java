package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.regressions.OptionalFromCoercer.Form;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding 4: an Optional destination filled by a coercer is never null. */
class RegressionOptionalFromCoercerTest {
    private final OptionalFromCoercer converter = Converters.get(OptionalFromCoercer.class);

    @Test
    void nullSourceValueGivesEmptyNotNull() {
        assertEquals(Optional.empty(), converter.convert(new Form(null)).age());
    }

    @Test
    void theCoercerDecidesOtherwise() {
        assertEquals(Optional.of(42), converter.convert(new Form(" 42")).age());
        assertEquals(Optional.empty(), converter.convert(new Form(" ")).age());
    }
}

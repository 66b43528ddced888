package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.regressions.NumericLiterals.Source;
import io.transmute.tests.regressions.NumericLiterals.Target;
import org.junit.jupiter.api.Test;

/** Finding 20, the valid side: "1e-40" for a double and the float extremes keep their values. */
class RegressionNumericLiteralsTest {

    @Test
    void literalsKeepTheirValues() {
        Target target = Converters.get(NumericLiterals.class).convert(new Source(0));

        assertEquals(1e-40, target.tiny());
        assertEquals(Float.MIN_VALUE, target.smallest());
        assertEquals(-2.5, target.negative());
        assertEquals(Long.MAX_VALUE, target.big());
        assertEquals(Float.valueOf(Float.MAX_VALUE), target.boxed());
    }
}

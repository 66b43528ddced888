package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.regressions.EscapedConstants.Source;
import io.transmute.tests.regressions.EscapedConstants.Target;
import org.junit.jupiter.api.Test;

/** Finding 15: string and char constants round-trip exactly. */
class RegressionEscapedConstantsTest {
    private final EscapedConstants converter = Converters.get(EscapedConstants.class);

    @Test
    void stringConstantRoundTripsExactly() {
        Target target = converter.convert(new Source(1));

        assertEquals(EscapedConstants.TRICKY, target.text());
        assertEquals("a\u2028b\u2029c\"d\\e\tf\ng\rh\u00e9i\uD83D\uDE00j'k\u0000l\u007fm", target.text());
        assertEquals(EscapedConstants.TRICKY.length(), target.text().length());
        assertEquals("", target.empty());
    }

    @Test
    void charConstantsRoundTripExactly() {
        Target target = converter.convert(new Source(1));

        assertEquals('\'', target.quote());
        assertEquals('\\', target.backslash());
        assertEquals('\n', target.newline());
        assertEquals('\u00e9', target.accent());
        assertEquals(Character.valueOf('\u2028'), target.separator());
        assertEquals('"', target.doubleQuote());
    }
}

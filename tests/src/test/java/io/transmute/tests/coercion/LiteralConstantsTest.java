package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.coercion.LiteralConstants.Blank;
import io.transmute.tests.coercion.LiteralConstants.Boxes;
import io.transmute.tests.coercion.LiteralConstants.Glyphs;
import io.transmute.tests.coercion.LiteralConstants.Level;
import io.transmute.tests.coercion.LiteralConstants.Others;
import io.transmute.tests.coercion.LiteralConstants.Primitives;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class LiteralConstantsTest {
    private final LiteralConstants converter = Converters.get(LiteralConstants.class);

    @Test
    void primitivesIncludingNegativeExtremes() {
        assertEquals(new Primitives(true, 'x', Byte.MIN_VALUE, (short) -300, Integer.MIN_VALUE, Long.MIN_VALUE,
                -1.5f, -2.25e-3), converter.primitives(new Blank()));
    }

    @Test
    void boxesIncludingPositiveExtremes() {
        assertEquals(new Boxes(false, '\'', Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                Float.MAX_VALUE, 1e300), converter.boxes(new Blank()));
    }

    @Test
    void stringsBigNumbersAndEnum() {
        Others others = converter.others(new Blank());

        assertEquals("say \"hi\"\\n", others.text());
        assertEquals("", others.empty());
        assertEquals(new BigDecimal("-12.50"), others.amount());
        assertEquals(2, others.amount().scale());
        assertEquals(new BigInteger("123456789012345678901234567890"), others.huge());
        assertEquals(Level.HIGH, others.level());
    }

    @Test
    void charactersThatNeedEscaping() {
        assertEquals(new Glyphs('\\', 'é', '€'), converter.glyphs(new Blank()));
    }

    @Test
    void nullSourceGivesNullEvenWithConstants() {
        assertNull(converter.others(null));
    }
}

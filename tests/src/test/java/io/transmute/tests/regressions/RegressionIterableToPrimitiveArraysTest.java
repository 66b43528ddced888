package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.tests.regressions.IterableToPrimitiveArrays.Letters;
import io.transmute.tests.regressions.IterableToPrimitiveArrays.Numbers;
import io.transmute.tests.regressions.IterableToPrimitiveArrays.Source;
import io.transmute.tests.regressions.IterableToPrimitiveArrays.Target;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding 12: Iterable (not Collection) of Integer to long[] and of Character to int[]. */
class RegressionIterableToPrimitiveArraysTest {
    private final IterableToPrimitiveArrays converter = Converters.get(IterableToPrimitiveArrays.class);

    @Test
    void propertiesConvertInOrder() {
        Source source = new Source(new Numbers(List.of(3, -1, Integer.MAX_VALUE)), new Letters(List.of('a', 'é')),
                new Numbers(List.of(7)));

        Target target = converter.convert(source);

        assertArrayEquals(new long[] {3, -1, Integer.MAX_VALUE}, target.longs());
        assertArrayEquals(new int[] {'a', 'é'}, target.ints());
        assertArrayEquals(new long[] {7}, target.numbers());
    }

    @Test
    void topLevelConverters() {
        assertArrayEquals(new long[] {1, 2}, converter.longs(new Numbers(List.of(1, 2))));
        assertArrayEquals(new int[] {65, 66}, converter.ints(new Letters(List.of('A', 'B'))));
        assertArrayEquals(new long[0], converter.longs(new Numbers(List.of())));
        assertNull(converter.longs(null));
    }

    @Test
    void nullElementThrowsANamedNullPointerException() {
        Numbers withNull = new Numbers(Arrays.asList(1, null));

        NullPointerException thrown = assertThrows(NullPointerException.class,
                () -> converter.convert(new Source(withNull, null, null)));

        assertEquals("IterableToPrimitiveArrays.Source.longs[] is null, but IterableToPrimitiveArrays.Target.longs[]"
                + " is a primitive long", thrown.getMessage());
    }

    @Test
    void nullIterablesStayNull() {
        Target target = converter.convert(new Source(null, null, null));

        assertNull(target.longs());
        assertNull(target.ints());
        assertNull(target.numbers());
    }
}

package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.tests.containers.PrimitiveArrays.Boxed;
import io.transmute.tests.containers.PrimitiveArrays.Numbers;
import io.transmute.tests.containers.PrimitiveArrays.NumbersDto;
import io.transmute.tests.containers.PrimitiveArrays.Unboxed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimitiveArraysTest {
    private final PrimitiveArrays converter = Converters.get(PrimitiveArrays.class);

    @Test
    void primitiveArraysToBoxedContainersAndWiderArrays() {
        int[] copied = {7, 8};
        Numbers numbers = new Numbers(new int[] {3, 1, 2}, new int[] {5, 4, 5, 4, 6}, new int[] {Integer.MAX_VALUE, -1},
                copied, new char[] {'h', 'i'});

        NumbersDto dto = converter.convert(numbers);

        assertEquals(List.of(3, 1, 2), dto.ints());
        assertEquals(List.of(5, 4, 6), new ArrayList<>(dto.distinct()));
        assertArrayEquals(new long[] {Integer.MAX_VALUE, -1L}, dto.widened());
        assertArrayEquals(copied, dto.copied());
        assertNotSame(copied, dto.copied());
        assertEquals(List.of('h', 'i'), new ArrayList<>(dto.letters()));
    }

    @Test
    void nullPrimitiveArraysGiveNull() {
        NumbersDto dto = converter.convert(new Numbers(null, null, null, null, null));

        assertNull(dto.ints());
        assertNull(dto.distinct());
        assertNull(dto.widened());
        assertNull(dto.copied());
        assertNull(dto.letters());
    }

    @Test
    void boxedContainersToPrimitiveArrays() {
        Unboxed unboxed = converter.unbox(new Boxed(List.of(1, 2, 3), new Integer[] {4, 5}, Pile.of(6, 7, 8, 9)));

        assertArrayEquals(new int[] {1, 2, 3}, unboxed.list());
        assertArrayEquals(new int[] {4, 5}, unboxed.array());
        assertArrayEquals(new int[] {6, 7, 8, 9}, unboxed.pile());
    }

    @Test
    void nullElementInListToIntArrayThrows() {
        Boxed boxed = new Boxed(Arrays.asList(1, null), new Integer[0], Pile.of());

        NullPointerException e = assertThrows(NullPointerException.class, () -> converter.unbox(boxed));

        assertEquals("PrimitiveArrays.Boxed.list[] is null, but PrimitiveArrays.Unboxed.list[] is a primitive int",
                e.getMessage());
    }

    @Test
    void nullElementInBoxedArrayToIntArrayThrows() {
        Boxed boxed = new Boxed(List.of(), new Integer[] {null}, Pile.of());

        NullPointerException e = assertThrows(NullPointerException.class, () -> converter.unbox(boxed));

        assertEquals("PrimitiveArrays.Boxed.array[] is null, but PrimitiveArrays.Unboxed.array[] is a primitive int",
                e.getMessage());
    }

    @Test
    void nullElementInIterableToIntArrayThrows() {
        Boxed boxed = new Boxed(List.of(), new Integer[0], Pile.of(1, null));

        NullPointerException e = assertThrows(NullPointerException.class, () -> converter.unbox(boxed));

        assertEquals("PrimitiveArrays.Boxed.pile[] is null, but PrimitiveArrays.Unboxed.pile[] is a primitive int",
                e.getMessage());
    }
}

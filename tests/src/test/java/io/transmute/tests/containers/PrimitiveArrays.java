package io.transmute.tests.containers;

import io.transmute.Converter;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Primitive arrays to and from boxed containers, and between primitive arrays. */
public interface PrimitiveArrays {

    record Numbers(int[] ints, int[] distinct, int[] widened, int[] copied, char[] letters) {
    }

    record NumbersDto(List<Integer> ints, Set<Integer> distinct, long[] widened, int[] copied,
            Collection<Character> letters) {
    }

    @Converter
    NumbersDto convert(Numbers numbers);

    record Boxed(List<Integer> list, Integer[] array, Pile<Integer> pile) {
    }

    record Unboxed(int[] list, int[] array, int[] pile) {
    }

    @Converter
    Unboxed unbox(Boxed boxed);
}

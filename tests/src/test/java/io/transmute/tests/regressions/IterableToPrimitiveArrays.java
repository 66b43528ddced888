package io.transmute.tests.regressions;

import io.transmute.Converter;
import java.util.Iterator;
import java.util.List;

/** Iterables that are not Collections, into primitive arrays with widening. */
public interface IterableToPrimitiveArrays {

    /** An Iterable of Integers that is not a Collection (no size()). */
    final class Numbers implements Iterable<Integer> {
        private final List<Integer> values;

        public Numbers(List<Integer> values) {
            this.values = values;
        }

        @Override
        public Iterator<Integer> iterator() {
            return values.iterator();
        }
    }

    /** An Iterable of Characters that is not a Collection. */
    final class Letters implements Iterable<Character> {
        private final List<Character> values;

        public Letters(List<Character> values) {
            this.values = values;
        }

        @Override
        public Iterator<Character> iterator() {
            return values.iterator();
        }
    }

    record Source(Iterable<Integer> longs, Iterable<Character> ints, Numbers numbers) {
    }

    record Target(long[] longs, int[] ints, long[] numbers) {
    }

    @Converter
    Target convert(Source source);

    @Converter
    long[] longs(Numbers numbers);

    @Converter
    int[] ints(Letters letters);
}

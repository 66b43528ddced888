package io.transmute.tests.coercion;

import io.transmute.Converter;

/** Widening, boxing and null-checked unboxing between primitive and boxed properties. */
public interface PrimitiveAssignments {

    record Person(int age, short height, char initial, float weight, Integer rank, int visits,
            Integer score, Long balance, Integer level) {
    }

    record PersonDto(long age, int height, int initial, double weight, int rank, Integer visits,
            Number score, long balance, long level) {
    }

    @Converter
    PersonDto convert(Person person);
}

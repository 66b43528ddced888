package io.transmute.benchmarks.deep;

import io.transmute.Converter;

/** The deep model's converter: Transmute implements it, and its four nested levels, at compile time. */
public interface TransmuteDeepConverter {

    @Converter
    Level1Dto toDto(Level1 level1);
}

package io.transmute.benchmarks.wide;

import io.transmute.Converter;

/** The wide model's converter: Transmute implements it at compile time. */
public interface TransmuteWideConverter {

    @Converter
    WideDto toDto(Wide wide);
}

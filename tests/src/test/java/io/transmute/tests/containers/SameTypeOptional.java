package io.transmute.tests.containers;

import io.transmute.Converter;
import java.util.Optional;

/** A converter from an Optional to an Optional of the same type: a null Optional still gives empty. */
public interface SameTypeOptional {

    @Converter
    Optional<String> convert(Optional<String> value);
}

package io.transmute.tests.regressions;

import io.transmute.Coercer;
import io.transmute.Converter;
import java.util.Optional;

/** A @Coercer that returns the Optional destination itself. */
public interface OptionalFromCoercer {

    record Form(String age) {
    }

    record Person(Optional<Integer> age) {
    }

    @Converter
    Person convert(Form form);

    @Coercer
    static Optional<Integer> parse(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(text.trim()));
    }
}

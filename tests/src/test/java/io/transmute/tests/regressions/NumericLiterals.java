package io.transmute.tests.regressions;

import io.transmute.Converter;
import io.transmute.LinkConstant;

/** Literals at the edges of their types that are valid. */
public interface NumericLiterals {

    record Source(int id) {
    }

    record Target(double tiny, float smallest, double negative, long big, Float boxed) {
    }

    @Converter
    @LinkConstant(to = "tiny", value = "1e-40")
    @LinkConstant(to = "smallest", value = "1.4e-45")
    @LinkConstant(to = "negative", value = "-2.5")
    @LinkConstant(to = "big", value = "9223372036854775807")
    @LinkConstant(to = "boxed", value = "3.4028235e38")
    Target convert(Source source);
}

package io.transmute.tests.coercion;

import io.transmute.Coercer;
import io.transmute.Converter;

/**
 * Two coercers take the same parameter: for a CharSequence destination both apply, and the one
 * returning the more specific type wins; a String destination only accepts the String one.
 */
public interface CoercerReturnTypes {

    record Code(Integer value, Integer other) {
    }

    record CodeDto(CharSequence value, String other) {
    }

    @Converter
    CodeDto convert(Code code);

    @Coercer
    static CharSequence asSequence(Integer value) {
        return new StringBuilder("sequence:").append(value);
    }

    @Coercer
    static String asString(Integer value) {
        return "string:" + value;
    }
}

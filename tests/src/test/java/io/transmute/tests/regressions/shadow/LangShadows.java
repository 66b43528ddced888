package io.transmute.tests.regressions.shadow;

import io.transmute.Converter;
import io.transmute.LinkConstant;

/**
 * Lives next to a class named Character; its properties include one named Objects (unboxed through
 * java.util.Objects) and one named like this interface.
 */
public interface LangShadows {

    record Source(java.lang.Character initial, char[] letters, java.util.List<java.lang.Character> chars,
            Integer Objects, Integer LangShadows) {
    }

    record Target(char initial, java.lang.Character[] letters, char[] chars, int Objects, int LangShadows,
            java.lang.Character marker, char plain) {
    }

    @Converter
    @LinkConstant(to = "marker", value = "\u00e9")
    @LinkConstant(to = "plain", value = "'")
    Target convert(Source source);
}

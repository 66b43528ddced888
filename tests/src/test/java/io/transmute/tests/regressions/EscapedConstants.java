package io.transmute.tests.regressions;

import io.transmute.Converter;
import io.transmute.LinkConstant;

/** Constants whose characters need escaping in generated source, or are line terminators in it. */
public interface EscapedConstants {

    /** Every character the generated string literal must escape or keep. */
    String TRICKY = "a\u2028b\u2029c\"d\\e\tf\ng\rh\u00e9i\uD83D\uDE00j'k\u0000l\u007fm";

    record Source(int id) {
    }

    record Target(int id, String text, char quote, char backslash, char newline, char accent, Character separator,
            char doubleQuote, String empty) {
    }

    @Converter
    @LinkConstant(to = "text", value = TRICKY)
    @LinkConstant(to = "quote", value = "'")
    @LinkConstant(to = "backslash", value = "\\")
    @LinkConstant(to = "newline", value = "\n")
    @LinkConstant(to = "accent", value = "\u00e9")
    @LinkConstant(to = "separator", value = "\u2028")
    @LinkConstant(to = "doubleQuote", value = "\"")
    @LinkConstant(to = "empty", value = "")
    Target convert(Source source);
}

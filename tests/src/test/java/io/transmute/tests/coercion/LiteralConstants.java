package io.transmute.tests.coercion;

import io.transmute.Converter;
import io.transmute.LinkConstant;
import java.math.BigDecimal;
import java.math.BigInteger;

/** One {@code @LinkConstant} literal for every supported destination type. */
public interface LiteralConstants {

    enum Level { LOW, HIGH }

    record Blank() {
    }

    record Primitives(boolean flag, char letter, byte tiny, short small, int number, long big, float ratio,
            double precise) {
    }

    record Boxes(Boolean flag, Character letter, Byte tiny, Short small, Integer number, Long big, Float ratio,
            Double precise) {
    }

    record Others(String text, String empty, BigDecimal amount, BigInteger huge, Level level) {
    }

    @Converter
    @LinkConstant(to = "flag", value = "true")
    @LinkConstant(to = "letter", value = "x")
    @LinkConstant(to = "tiny", value = "-128")
    @LinkConstant(to = "small", value = "-300")
    @LinkConstant(to = "number", value = "-2147483648")
    @LinkConstant(to = "big", value = "-9223372036854775808")
    @LinkConstant(to = "ratio", value = "-1.5")
    @LinkConstant(to = "precise", value = "-2.25e-3")
    Primitives primitives(Blank blank);

    @Converter
    @LinkConstant(to = "flag", value = "false")
    @LinkConstant(to = "letter", value = "'")
    @LinkConstant(to = "tiny", value = "127")
    @LinkConstant(to = "small", value = "32767")
    @LinkConstant(to = "number", value = "2147483647")
    @LinkConstant(to = "big", value = "9223372036854775807")
    @LinkConstant(to = "ratio", value = "3.4028235e38")
    @LinkConstant(to = "precise", value = "1e300")
    Boxes boxes(Blank blank);

    @Converter
    @LinkConstant(to = "text", value = "say \"hi\"\\n")
    @LinkConstant(to = "empty", value = "")
    @LinkConstant(to = "amount", value = "-12.50")
    @LinkConstant(to = "huge", value = "123456789012345678901234567890")
    @LinkConstant(to = "level", value = "HIGH")
    Others others(Blank blank);

    record Glyphs(char backslash, char accent, Character symbol) {
    }

    @Converter
    @LinkConstant(to = "backslash", value = "\\")
    @LinkConstant(to = "accent", value = "é")
    @LinkConstant(to = "symbol", value = "€")
    Glyphs glyphs(Blank blank);
}

package io.transmute.processor.analysis;

import io.transmute.processor.model.TypeTools;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Parses {@code @LinkConstant(value = ...)} literals at compile time into the destination type. */
final class ConstantLiterals {
    private final TypeTools tools;

    ConstantLiterals(TypeTools tools) {
        this.tools = tools;
    }

    /** Whether {@code type} has a literal form at all. */
    boolean supports(TypeMirror type) {
        TypeMirror primitive = tools.unboxed(type).map(TypeMirror.class::cast).orElse(type);
        return primitive.getKind().isPrimitive() || tools.isString(type) || tools.isEnum(type)
                || tools.isNamed(type, "java.math.BigDecimal") || tools.isNamed(type, "java.math.BigInteger");
    }

    /** The parsed value, or empty when {@code text} is no literal of {@code type}. */
    Optional<Object> parse(String text, TypeMirror type) {
        if (tools.isString(type)) {
            return Optional.of(text);
        }
        if (tools.isEnum(type)) {
            List<String> constants = enumConstants(type);
            return constants.contains(text) ? Optional.of(new ValueSource.EnumConstant(text)) : Optional.empty();
        }
        try {
            if (tools.isNamed(type, "java.math.BigDecimal")) {
                return Optional.of(new BigDecimal(text));
            }
            if (tools.isNamed(type, "java.math.BigInteger")) {
                return Optional.of(new BigInteger(text));
            }
            TypeMirror primitive = tools.unboxed(type).map(TypeMirror.class::cast).orElse(type);
            return parsePrimitive(text, primitive.getKind());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The names of an enum's constants, for hints. */
    List<String> enumConstants(TypeMirror type) {
        return tools.typeElement(type).orElseThrow().getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }

    /** Decimal digits, an optional fraction and exponent: no suffix, no hexadecimal, no spaces. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private static Optional<Object> parsePrimitive(String text, TypeKind kind) {
        boolean integral = kind == TypeKind.BYTE || kind == TypeKind.SHORT || kind == TypeKind.INT
                || kind == TypeKind.LONG;
        if (integral && !INTEGER.matcher(text).matches()
                || (kind == TypeKind.FLOAT || kind == TypeKind.DOUBLE) && !DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return switch (kind) {
            case BOOLEAN -> text.equals("true") || text.equals("false")
                    ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
            case CHAR -> text.length() == 1 ? Optional.of(text.charAt(0)) : Optional.empty();
            case BYTE -> Optional.of(Byte.parseByte(text));
            case SHORT -> Optional.of(Short.parseShort(text));
            case INT -> Optional.of(Integer.parseInt(text));
            case LONG -> Optional.of(Long.parseLong(text));
            case FLOAT -> finite(Float.parseFloat(text), text);
            case DOUBLE -> finite(Double.parseDouble(text), text);
            default -> Optional.empty();
        };
    }

    /**
     * As javac does for literals: NaN and infinities have no literal, and a literal that rounds to
     * zero without being zero ("1e-50" for a float) is an error, not a silent 0.
     */
    private static Optional<Object> finite(double value, String text) {
        return Double.isFinite(value) && !roundsToZero(value, text) ? Optional.of(value) : Optional.empty();
    }

    private static Optional<Object> finite(float value, String text) {
        return Float.isFinite(value) && !roundsToZero(value, text) ? Optional.of(value) : Optional.empty();
    }

    private static boolean roundsToZero(double value, String text) {
        String mantissa = text.split("[eE]")[0];
        return value == 0 && mantissa.chars().anyMatch(c -> c >= '1' && c <= '9');
    }
}

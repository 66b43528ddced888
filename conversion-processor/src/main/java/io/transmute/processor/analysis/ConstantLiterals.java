package io.transmute.processor.analysis;

import io.transmute.processor.model.TypeTools;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
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

    private static Optional<Object> parsePrimitive(String text, TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> text.equals("true") || text.equals("false")
                    ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
            case CHAR -> text.length() == 1 ? Optional.of(text.charAt(0)) : Optional.empty();
            case BYTE -> Optional.of(Byte.parseByte(text));
            case SHORT -> Optional.of(Short.parseShort(text));
            case INT -> Optional.of(Integer.parseInt(text));
            case LONG -> Optional.of(Long.parseLong(text));
            case FLOAT -> finite(Float.parseFloat(text));
            case DOUBLE -> finite(Double.parseDouble(text));
            default -> Optional.empty();
        };
    }

    /** NaN and infinities have no Java literal; a typo like "1e999" is more likely than intent. */
    private static Optional<Object> finite(double value) {
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }

    private static Optional<Object> finite(float value) {
        return Float.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
}

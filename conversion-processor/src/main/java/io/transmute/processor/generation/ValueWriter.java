package io.transmute.processor.generation;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.transmute.processor.analysis.CaptureArgument;
import io.transmute.processor.analysis.ValueSource;
import io.transmute.processor.analysis.ValueSource.CapturedValue;
import io.transmute.processor.analysis.ValueSource.Constant;
import io.transmute.processor.analysis.ValueSource.EnumConstant;
import io.transmute.processor.analysis.ValueSource.FactoryValue;
import io.transmute.processor.analysis.ValueSource.ParameterValue;
import io.transmute.processor.analysis.ValueSource.SourcePath;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.SourceProperty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/** Writes the expression that reads a linked value, before coercion. */
final class ValueWriter {
    private final TypeTools tools;
    private final CoercionWriter coercions;

    ValueWriter(TypeTools tools, CoercionWriter coercions) {
        this.tools = tools;
        this.coercions = coercions;
    }

    CodeBlock read(ValueSource value, String sourceName, BodyEmitter body) {
        if (value instanceof SourcePath path) {
            return readPath(path.path(), sourceName, body);
        }
        if (value instanceof ParameterValue parameter) {
            return CodeBlock.of("$N", parameter.parameter().name());
        }
        if (value instanceof CapturedValue captured) {
            return body.capture(captured.capture().key());
        }
        if (value instanceof Constant constant) {
            return literal(constant);
        }
        if (value instanceof FactoryValue factory) {
            return coercions.invoke(factory.factory());
        }
        throw new IllegalArgumentException("No value to read for " + value);
    }

    /**
     * Computes, once at the start of a body, the values that nested conversions need, so that a
     * factory runs once per conversion and a path is read once.
     */
    void defineCaptures(List<CaptureArgument> arguments, String sourceName, BodyEmitter body) {
        for (CaptureArgument argument : arguments) {
            CodeBlock value = read(argument.value(), sourceName, body);
            CodeBlock stable = argument.value() instanceof CapturedValue
                    ? value
                    : body.stable(value, argument.capture().type(), argument.capture().name());
            body.defineCapture(argument.capture().key(), stable);
            if (argument.value() instanceof SourcePath path && BodyEmitter.isName(stable)) {
                // A property that reads the same path later uses this local.
                body.rememberPathLocal(pathKey(path.path(), sourceName), stable.toString());
            }
        }
    }

    /**
     * {@code book.getTitle()}, or for a longer path one local per step, each null-safe:
     * {@code Author author = book.getAuthor();} then {@code author == null ? null : author.getName()}.
     */
    private CodeBlock readPath(List<SourceProperty> path, String sourceName, BodyEmitter body) {
        String cached = body.pathLocal(pathKey(path, sourceName));
        if (cached != null) {
            return CodeBlock.of("$N", cached);
        }
        String current = sourceName;
        String prefixKey = sourceName;
        for (int i = 0; i < path.size(); i++) {
            SourceProperty property = path.get(i);
            CodeBlock access = property.isMethod()
                    ? CodeBlock.of("$N.$N()", current, property.accessor())
                    : CodeBlock.of("$N.$N", current, property.accessor());
            CodeBlock read = i == 0 ? access : CodeBlock.of("$N == null ? null : $L", current, access);
            if (i == path.size() - 1) {
                return read;
            }
            prefixKey = prefixKey + "." + property.name();
            String local = body.pathLocal(prefixKey);
            if (local == null) {
                local = body.local(property.type(), property.name(), read);
                body.rememberPathLocal(prefixKey, local);
            }
            current = local;
        }
        throw new IllegalArgumentException("empty path");
    }

    private static String pathKey(List<SourceProperty> path, String sourceName) {
        StringBuilder key = new StringBuilder(sourceName);
        path.forEach(property -> key.append('.').append(property.name()));
        return key.toString();
    }

    private CodeBlock literal(Constant constant) {
        Object value = constant.value();
        TypeMirror type = constant.type();
        if (value instanceof String text) {
            return CodeBlock.of("$L", stringLiteral(text));
        }
        if (value instanceof EnumConstant enumConstant) {
            return CodeBlock.of("$T.$N", TypeName.get(type), enumConstant.name());
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return CodeBlock.of("new $T($S)", TypeName.get(type), value.toString());
        }
        if (value instanceof Character character) {
            return CodeBlock.of("$L", characterLiteral(character));
        }
        if (value instanceof Byte) {
            return CodeBlock.of("(byte) $L", value);
        }
        if (value instanceof Short) {
            return CodeBlock.of("(short) $L", value);
        }
        if (value instanceof Long) {
            return CodeBlock.of("$LL", value);
        }
        if (value instanceof Float) {
            return CodeBlock.of("$LF", value);
        }
        return CodeBlock.of("$L", value);
    }

    /** A string literal escaped like {@link #characterLiteral}, with no raw character beyond ASCII. */
    private static String stringLiteral(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char character : text.toCharArray()) {
            if (character == '"') {
                literal.append("\\\"");
            } else if (character == '\'') {
                literal.append('\'');
            } else {
                String escaped = characterLiteral(character);
                literal.append(escaped, 1, escaped.length() - 1);
            }
        }
        return literal.append('"').toString();
    }

    /**
     * Escapes for quote, backslash and line breaks, Unicode escapes for every other character that
     * is not printable ASCII (the generated file's encoding is not known). A Unicode escape is
     * decoded before lexing, which is why it must never stand for a quote, backslash or line break.
     */
    private static String characterLiteral(char character) {
        switch (character) {
            case '\'': return "'\\''";
            case '\\': return "'\\\\'";
            case '\n': return "'\\n'";
            case '\r': return "'\\r'";
            case '\t': return "'\\t'";
            case '\b': return "'\\b'";
            case '\f': return "'\\f'";
            default: break;
        }
        if (character >= 0x20 && character < 0x7f) {
            return "'" + character + "'";
        }
        return String.format("'\\u%04x'", (int) character);
    }
}

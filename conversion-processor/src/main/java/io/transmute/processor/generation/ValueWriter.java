package io.transmute.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.transmute.processor.analysis.CaptureArgument;
import io.transmute.processor.analysis.ValueSource;
import io.transmute.processor.analysis.ValueSource.CapturedValue;
import io.transmute.processor.analysis.ValueSource.Constant;
import io.transmute.processor.analysis.ValueSource.EnumConstant;
import io.transmute.processor.analysis.ValueSource.FactoryValue;
import io.transmute.processor.analysis.ValueSource.LazyRead;
import io.transmute.processor.analysis.ValueSource.ParameterValue;
import io.transmute.processor.analysis.ValueSource.SourcePath;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.UnloadedPolicy;
import io.transmute.processor.model.property.SourceProperty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/** Writes the expression that reads a linked value, before coercion. */
final class ValueWriter {
    /** The run-time helper for entities, named so that the processor does not depend on jpa-support. */
    static final ClassName ENTITY_STATES = ClassName.get("io.transmute.jpa", "EntityStates");

    private final TypeTools tools;
    private final CoercionWriter coercions;

    ValueWriter(TypeTools tools, CoercionWriter coercions) {
        this.tools = tools;
        this.coercions = coercions;
    }

    CodeBlock read(ValueSource value, String sourceName, BodyEmitter body) {
        if (value instanceof SourcePath path) {
            return readPath(path, sourceName, body);
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
                body.rememberPathLocal(pathKey(path, sourceName), stable.toString());
            }
        }
    }

    /**
     * {@code book.getTitle()}, or for a longer path one local per step, each null-safe:
     * {@code Author author = book.getAuthor();} then {@code author == null ? null : author.getName()}.
     * A lazy JPA attribute is checked first under a FAIL policy, and reads as null when it is not
     * loaded under SKIP.
     */
    private CodeBlock readPath(SourcePath sourcePath, String sourceName, BodyEmitter body) {
        List<SourceProperty> path = sourcePath.path();
        String cached = body.pathLocal(pathKey(sourcePath, sourceName));
        if (cached != null) {
            return CodeBlock.of("$N", cached);
        }
        String current = sourceName;
        String prefixKey = sourceName;
        for (int i = 0; i < path.size(); i++) {
            SourceProperty property = path.get(i);
            Optional<LazyRead> lazy = lazyRead(sourcePath, i);
            // A read that an unloaded policy guards is not the same value as an unguarded one.
            String nextKey = prefixKey + "." + property.name()
                    + lazy.filter(read -> read.policy() != UnloadedPolicy.LOAD).map(read -> "?").orElse("");
            String local = body.pathLocal(nextKey);
            if (local == null) {
                CodeBlock read = read(current, property, i > 0, lazy, body);
                if (i == path.size() - 1) {
                    return read;
                }
                local = body.local(property.type(), property.name(), read);
                body.rememberPathLocal(nextKey, local);
            }
            prefixKey = nextKey;
            current = local;
        }
        throw new IllegalArgumentException("empty path");
    }

    private CodeBlock read(String owner, SourceProperty property, boolean ownerMayBeNull, Optional<LazyRead> lazy,
            BodyEmitter body) {
        CodeBlock access = property.isMethod()
                ? CodeBlock.of("$N.$N()", owner, property.accessor())
                : CodeBlock.of("$N.$N", owner, property.accessor());
        if (lazy.isPresent() && lazy.get().policy() == UnloadedPolicy.FAIL) {
            LazyRead fail = lazy.get();
            body.code().addStatement("$T.requireLoaded($N, $S, $L, $S, $S)", ENTITY_STATES, owner, fail.attribute(),
                    accessorReference(fail, property), fail.entity(), fail.converter());
        }
        // What must hold for the value to be read; otherwise it reads as null.
        List<CodeBlock> readable = new ArrayList<>();
        if (lazy.isPresent() && lazy.get().policy() == UnloadedPolicy.SKIP) {
            readable.add(loadedCheck(owner, property, lazy.get()));
        }
        if (property.presenceChecker() != null) {
            readable.add(CodeBlock.of("$N.$N()", owner, property.presenceChecker()));
        }
        if (ownerMayBeNull) {
            List<CodeBlock> absent = new ArrayList<>();
            absent.add(CodeBlock.of("$N == null", owner));
            readable.forEach(condition -> absent.add(CodeBlock.of("!$L", condition)));
            return CodeBlock.of("$L ? null : $L", CodeBlock.join(absent, " || "), access);
        }
        return readable.isEmpty() ? access
                : CodeBlock.of("$L ? $L : null", CodeBlock.join(readable, " && "), access);
    }

    /** {@code EntityStates.isLoaded(book, "author", Book::getAuthor)}. */
    CodeBlock loadedCheck(String owner, SourceProperty property, LazyRead lazy) {
        return CodeBlock.of("$T.isLoaded($N, $S, $L)", ENTITY_STATES, owner, lazy.attribute(),
                accessorReference(lazy, property));
    }

    /**
     * {@code Book::getAuthor}: with it the check looks at the attribute's value (an uninitialised
     * proxy or collection) directly, instead of asking the persistence provider to find it by
     * reflection.
     */
    private CodeBlock accessorReference(LazyRead lazy, SourceProperty property) {
        return CodeBlock.of("$T::$N", TypeName.get(tools.types().erasure(lazy.owner())), property.accessor());
    }

    private static Optional<LazyRead> lazyRead(SourcePath path, int step) {
        return path.lazyReads().stream().filter(read -> read.step() == step).findFirst();
    }

    private static String pathKey(SourcePath path, String sourceName) {
        StringBuilder key = new StringBuilder(sourceName);
        for (int i = 0; i < path.path().size(); i++) {
            key.append('.').append(path.path().get(i).name());
            if (lazyRead(path, i).filter(read -> read.policy() != UnloadedPolicy.LOAD).isPresent()) {
                key.append('?');
            }
        }
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

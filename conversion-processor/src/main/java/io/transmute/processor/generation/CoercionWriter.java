package io.transmute.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.transmute.processor.coercion.Capture;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.Coercion.Assign;
import io.transmute.processor.coercion.Coercion.ContainerCopy;
import io.transmute.processor.coercion.Coercion.MethodCall;
import io.transmute.processor.coercion.Coercion.OptionalWrap;
import io.transmute.processor.coercion.Coercion.Unbox;
import io.transmute.processor.coercion.ContainerShape;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.UserMethod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Turns a coercion of an input expression into an expression, registering helpers it calls. */
final class CoercionWriter {
    private final TypeTools tools;
    private final HelperMethods helpers;

    CoercionWriter(TypeTools tools, HelperMethods helpers) {
        this.tools = tools;
        this.helpers = helpers;
    }

    /**
     * The expression converting {@code input}; statements it needs first (a local that holds a
     * value read twice) go to {@code body}, named after {@code hint}.
     */
    CodeBlock apply(Coercion coercion, CodeBlock input, BodyEmitter body, String hint) {
        if (coercion instanceof Assign) {
            return input;
        }
        if (coercion instanceof Unbox unbox) {
            return CodeBlock.of("$T.requireNonNull($L, $S)", Objects.class, input, unbox.nullMessage());
        }
        if (coercion instanceof MethodCall call) {
            if (!call.skipsNull()) {
                return invoke(call.method(), input);
            }
            CodeBlock value = body.stable(input, call.source(), hint);
            return CodeBlock.of("$L == null ? null : $L", value, invoke(call.method(), value));
        }
        if (coercion instanceof OptionalWrap wrap) {
            String factory = tools.isPrimitive(wrap.element().destination()) ? "of" : "ofNullable";
            return CodeBlock.of("$T.$N($L)", Optional.class, factory, apply(wrap.element(), input, body, hint));
        }
        if (coercion instanceof ContainerCopy copy && isPlainCopy(copy)) {
            CodeBlock value = body.stable(input, copy.source(), hint);
            Class<?> implementation = copy.targetShape() == ContainerShape.SET
                    ? LinkedHashSet.class : ArrayList.class;
            return CodeBlock.of("$L == null ? null : new $T<>($L)", value, implementation, value);
        }
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(input);
        for (Capture capture : coercion.captures()) {
            arguments.add(body.capture(capture.key()));
        }
        return CodeBlock.of("$N($L)", helpers.nameFor(coercion), CodeBlock.join(arguments, ", "));
    }

    /** A call of a user method: static ones through their declaring type, others on this. */
    CodeBlock invoke(UserMethod method, CodeBlock argument) {
        if (method.isStatic()) {
            return CodeBlock.of("$T.$N($L)", ClassName.get(method.owner()), method.name(), argument);
        }
        return CodeBlock.of("$N($L)", method.name(), argument);
    }

    CodeBlock invoke(UserMethod method) {
        if (method.isStatic()) {
            return CodeBlock.of("$T.$N()", ClassName.get(method.owner()), method.name());
        }
        return CodeBlock.of("$N()", method.name());
    }

    /** A collection whose elements are kept as they are is copied by the collection constructor. */
    private boolean isPlainCopy(ContainerCopy copy) {
        return copy.sourceShape() == ContainerShape.COLLECTION
                && (copy.targetShape() == ContainerShape.LIST || copy.targetShape() == ContainerShape.SET)
                && copy.element() instanceof Assign
                && !tools.isPrimitive(copy.element().source());
    }
}

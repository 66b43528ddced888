package io.transmute.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.transmute.processor.coercion.Capture;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.Coercion.Assign;
import io.transmute.processor.coercion.Coercion.ContainerCopy;
import io.transmute.processor.coercion.Coercion.EntityId;
import io.transmute.processor.coercion.Coercion.MethodCall;
import io.transmute.processor.coercion.Coercion.OptionalMap;
import io.transmute.processor.coercion.Coercion.OptionalWrap;
import io.transmute.processor.coercion.Coercion.Unbox;
import io.transmute.processor.coercion.ContainerShape;
import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.UserMethod;
import java.util.ArrayList;
import java.util.Arrays;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Turns a coercion of an input expression into an expression, registering helpers it calls. */
final class CoercionWriter {
    private static final ClassName ENTITY_REFERENCES = ClassName.get("io.transmute.jpa", "EntityReferences");

    private final TypeTools tools;
    private final TypeShapes shapes;
    private final HelperMethods helpers;
    private final Map<TypeElement, String> fields;

    CoercionWriter(TypeTools tools, HelperMethods helpers) {
        this(tools, helpers, Map.of());
    }

    /** @param fields the field holding each used type's instance, by the used type */
    CoercionWriter(TypeTools tools, HelperMethods helpers, Map<TypeElement, String> fields) {
        this.tools = tools;
        this.shapes = new TypeShapes(tools);
        this.helpers = helpers;
        this.fields = fields;
    }

    /**
     * The expression converting {@code input}; statements it needs first (a local that holds a
     * value read twice) go to {@code body}, named after {@code hint}.
     */
    CodeBlock apply(Coercion coercion, CodeBlock input, BodyEmitter body, String hint) {
        return apply(coercion, input, false, body, hint);
    }

    /** Like {@link #apply}, for an input known not to be null, such as an Optional's content. */
    CodeBlock applyToPresent(Coercion coercion, CodeBlock input, BodyEmitter body, String hint) {
        return apply(coercion, input, true, body, hint);
    }

    /**
     * Whether the coercion is an expression written where it is used; the others are helper
     * methods (loops, switches, nested models).
     */
    boolean isInline(Coercion coercion) {
        return coercion instanceof Assign || coercion instanceof Unbox || coercion instanceof MethodCall
                || coercion instanceof OptionalWrap || coercion instanceof EntityId
                || coercion instanceof Coercion.EntityReference || coercion instanceof Coercion.EntityReferences
                || isPlainCopy(coercion)
                || isSameOptional(coercion);
    }

    private CodeBlock apply(Coercion coercion, CodeBlock input, boolean present, BodyEmitter body, String hint) {
        if (coercion instanceof Assign) {
            return input;
        }
        if (coercion instanceof Unbox unbox) {
            return present ? input
                    : CodeBlock.of("$T.requireNonNull($L,$W$S)", Objects.class, input, unbox.nullMessage());
        }
        if (coercion instanceof MethodCall call) {
            if (!call.skipsNull() || present) {
                return invoke(call.method(), input);
            }
            CodeBlock value = body.stable(input, call.source(), hint);
            // An Optional destination is never null.
            CodeBlock none = shapes.isOptional(call.destination())
                    ? CodeBlock.of("$T.empty()", Optional.class) : CodeBlock.of("null");
            return CodeBlock.of("$L == null ? $L :$W$L", value, none, invoke(call.method(), value));
        }
        if (coercion instanceof OptionalWrap wrap) {
            boolean neverNull = wrap.element() instanceof Assign && tools.isPrimitive(wrap.source());
            return CodeBlock.of("$T.$N($L)", Optional.class, neverNull ? "of" : "ofNullable",
                    apply(wrap.element(), input, present, body, hint));
        }
        if (coercion instanceof EntityId entityId) {
            CodeBlock entity = body.stable(input, entityId.source(), hint);
            CodeBlock getter = entityId.idProperty().isMethod()
                    ? CodeBlock.of("$L.$N()", entity, entityId.idProperty().accessor())
                    : CodeBlock.of("$L.$N", entity, entityId.idProperty().accessor());
            CodeBlock id = present ? getter : CodeBlock.of("$L == null ? null : $L", entity, getter);
            return apply(entityId.id(), id, false, body, hint + "Id");
        }
        if (coercion instanceof Coercion.EntityReference reference) {
            CodeBlock through = body.capture(reference.entityManager().key());
            TypeName entity = TypeName.get(tools.types().erasure(reference.destination()));
            return reference.checked()
                    ? CodeBlock.of("$L.reference($T.class, $L,$W$S)", through, entity, input, reference.destinationLabel())
                    : CodeBlock.of("$T.reference($L, $T.class, $L)", ENTITY_REFERENCES, through, entity, input);
        }
        if (coercion instanceof Coercion.EntityReferences references) {
            if (references.source() instanceof ArrayType array) {
                // An array of ids is read as a list (primitive ones boxed), so that null ids are skipped too.
                CodeBlock ids = body.stable(input, references.source(), hint);
                input = array.getComponentType().getKind().isPrimitive()
                        ? CodeBlock.of("$L == null ? null : $T.stream($L).boxed().toList()", ids, Arrays.class, ids)
                        : CodeBlock.of("$L == null ? null : $T.asList($L)", ids, Arrays.class, ids);
            }
            CodeBlock through = body.capture(references.entityManager().key());
            TypeName entity = TypeName.get(tools.types().erasure(references.entity()));
            CodeBlock target = CodeBlock.of("new $T<>()",
                    ClassName.bestGuess(shapes.implementation(references.destination()).orElseThrow()));
            return references.checked()
                    ? CodeBlock.of("$L.references($T.class, $L,$W$S, $L)", through, entity, input,
                            references.destinationLabel(), target)
                    : CodeBlock.of("$T.referenceAll($L, $T.class, $L, $L)", ENTITY_REFERENCES, through, entity,
                            input, target);
        }
        if (isSameOptional(coercion)) {
            CodeBlock value = body.stable(input, coercion.source(), hint);
            return CodeBlock.of("$L == null ? $T.empty() : $L", value, Optional.class, value);
        }
        if (isPlainCopy(coercion)) {
            CodeBlock value = body.stable(input, coercion.source(), hint);
            return CodeBlock.of("$L == null ? null : $L", value, plainCopy((ContainerCopy) coercion, value));
        }
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(input);
        for (Capture capture : coercion.captures()) {
            arguments.add(body.capture(capture.key()));
        }
        return CodeBlock.of("$N($L)", helpers.nameFor(coercion), CodeBlock.join(arguments, ", "));
    }

    /** A call of the helper implementing {@code coercion}, with its captured values after {@code leading}. */
    CodeBlock invokeHelper(Coercion coercion, List<CodeBlock> leading, BodyEmitter body) {
        List<CodeBlock> arguments = new ArrayList<>(leading);
        for (Capture capture : coercion.captures()) {
            arguments.add(body.capture(capture.key()));
        }
        return CodeBlock.of("$N($L)", helpers.nameFor(coercion), CodeBlock.join(arguments, ", "));
    }

    /**
     * A call of a user method: static ones through their declaring type, a used type's on the field
     * holding it, others on this.
     */
    CodeBlock invoke(UserMethod method, CodeBlock argument) {
        return CodeBlock.of("$L$N($L)", receiver(method), method.name(), argument);
    }

    CodeBlock invoke(UserMethod method) {
        return CodeBlock.of("$L$N()", receiver(method), method.name());
    }

    private CodeBlock receiver(UserMethod method) {
        if (method.isStatic()) {
            return CodeBlock.of("$T.", ClassName.get(method.owner()));
        }
        if (method.via() != null) {
            return CodeBlock.of("$N.", fields.get(method.via().element()));
        }
        return CodeBlock.of("");
    }

    /**
     * A container whose elements are kept as they are is copied in one call: a collection or map
     * by its constructor, an array of the same type by {@code clone()}.
     */
    private boolean isPlainCopy(Coercion coercion) {
        if (!(coercion instanceof ContainerCopy copy) || !(copy.element() instanceof Assign)) {
            return false;
        }
        return switch (copy.targetShape()) {
            case LIST, SET -> copy.sourceShape() == ContainerShape.COLLECTION
                    && !tools.isPrimitive(copy.element().source());
            case MAP -> copy.key() instanceof Assign;
            case ARRAY -> copy.sourceShape() == ContainerShape.ARRAY
                    && tools.isSame(copy.element().source(), copy.element().destination());
            default -> false;
        };
    }

    private CodeBlock plainCopy(ContainerCopy copy, CodeBlock value) {
        if (copy.targetShape() == ContainerShape.ARRAY) {
            return CodeBlock.of("$L.clone()", value);
        }
        ClassName implementation = ClassName.bestGuess(shapes.implementation(copy.destination()).orElseThrow());
        if (infersFromSortedSource(copy)) {
            CodeBlock arguments = copy.targetShape() == ContainerShape.MAP
                    ? CodeBlock.of("$T, $T", TypeName.get(shapes.targetKeyType(copy.destination())),
                            TypeName.get(shapes.targetElementType(copy.destination())))
                    : CodeBlock.of("$T", TypeName.get(shapes.targetElementType(copy.destination())));
            return CodeBlock.of("new $T<$L>($L)", implementation, arguments, value);
        }
        return CodeBlock.of("new $T<>($L)", implementation, value);
    }

    /**
     * Whether a diamond would not compile: for a sorted source, javac picks {@code TreeSet(SortedSet<E>)}
     * (or {@code TreeMap(SortedMap<K, ? extends V>)}) and infers E (K) from the source alone, which
     * a wildcard or a subtype of the destination's element (key) does not fit. With the type
     * arguments written out, the copy goes through the constructor taking any collection (map).
     */
    private boolean infersFromSortedSource(ContainerCopy copy) {
        boolean map = copy.targetShape() == ContainerShape.MAP;
        Optional<DeclaredType> sorted = tools.asSupertype(copy.source(), map ? "java.util.SortedMap" : "java.util.SortedSet");
        if (sorted.isEmpty() || !shapes.implementation(copy.destination()).orElseThrow().startsWith("java.util.Tree")) {
            return false;
        }
        List<? extends TypeMirror> arguments = sorted.get().getTypeArguments();
        TypeMirror wanted = map ? shapes.targetKeyType(copy.destination()) : shapes.targetElementType(copy.destination());
        return arguments.isEmpty() || !tools.isSame(arguments.get(0), wanted);
    }

    /** An Optional of the same type needs no copy: only a null one becomes empty. */
    private boolean isSameOptional(Coercion coercion) {
        return coercion instanceof OptionalMap optional && optional.element() instanceof Assign
                && tools.isSame(optional.source(), optional.destination());
    }
}

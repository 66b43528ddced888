package io.transmute.processor.generation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.Coercion.ContainerCopy;
import io.transmute.processor.coercion.Coercion.EnumMapping;
import io.transmute.processor.coercion.Coercion.OptionalMap;
import io.transmute.processor.coercion.ContainerShape;
import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.model.TypeTools;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Writes the bodies of container, Optional and enum conversions: a null check, then a loop, a
 * switch, or an unwrap, as a careful engineer would write them by hand.
 */
final class ContainerBodyWriter {
    private final TypeTools tools;
    private final TypeShapes shapes;
    private final CoercionWriter coercions;

    ContainerBodyWriter(TypeTools tools, CoercionWriter coercions) {
        this.tools = tools;
        this.shapes = new TypeShapes(tools);
        this.coercions = coercions;
    }

    /** The name the converted value is given as a parameter of the body. */
    String inputName(Coercion coercion) {
        if (coercion instanceof Coercion.ChildMerge) {
            return Names.plural(shapes.elementType(coercion.source()));
        }
        if (coercion instanceof ContainerCopy copy && copy.sourceShape() != ContainerShape.MAP) {
            return Names.plural(shapes.elementType(copy.source()));
        }
        if (coercion instanceof ContainerCopy) {
            return "map";
        }
        if (coercion instanceof OptionalMap) {
            return Names.label(shapes.elementType(coercion.source()));
        }
        return Names.label(coercion.source());
    }

    void write(Coercion coercion, String input, BodyEmitter body) {
        if (coercion instanceof OptionalMap optional) {
            writeOptional(optional, input, body);
            return;
        }
        if (coercion instanceof EnumMapping enumMapping) {
            writeEnum(enumMapping, input, body);
            return;
        }
        body.code().beginControlFlow("if ($N == null)", input).addStatement("return null").endControlFlow();
        if (((ContainerCopy) coercion).targetShape() == ContainerShape.MAP) {
            writeMap((ContainerCopy) coercion, input, body);
        } else if (((ContainerCopy) coercion).targetShape() == ContainerShape.ARRAY) {
            writeArray((ContainerCopy) coercion, input, body);
        } else {
            writeCollection((ContainerCopy) coercion, input, body);
        }
    }

    private void writeCollection(ContainerCopy copy, String input, BodyEmitter body) {
        TypeMirror target = shapes.targetElementType(copy.destination());
        ClassName implementation = implementation(copy.destination());
        String result = body.newName(Names.plural(target));
        boolean sized = implementation.simpleName().equals("ArrayList")
                || implementation.simpleName().equals("ArrayDeque");
        body.code().addStatement("$T $N = new $T<>($L)", writable(copy.destination()), result, implementation,
                sized ? size(copy.sourceShape(), input) : CodeBlock.of(""));
        String element = forEach(copy, input, body);
        body.code().addStatement("$N.add($L)", result, convertElement(copy.element(), element, body));
        body.code().endControlFlow();
        body.code().addStatement("return $N", result);
    }

    private void writeArray(ContainerCopy copy, String input, BodyEmitter body) {
        TypeMirror target = shapes.targetElementType(copy.destination());
        String elements = input;
        ContainerShape sourceShape = copy.sourceShape();
        if (sourceShape == ContainerShape.ITERABLE) {
            // The size of a plain Iterable is unknown: gather its elements first.
            TypeMirror element = shapes.elementType(copy.source());
            elements = body.newName("elements");
            body.code().addStatement("$T<$T> $N = new $T<>()", List.class, TypeName.get(element), elements,
                    ArrayList.class);
            String name = forEach(copy, input, body);
            body.code().addStatement("$N.add($N)", elements, name).endControlFlow();
            sourceShape = ContainerShape.COLLECTION;
        }
        String result = body.newName(Names.plural(target));
        body.code().addStatement("$T $N = new $L", TypeName.get(copy.destination()), result,
                arrayCreation((ArrayType) copy.destination(), size(sourceShape, elements)));
        String index = body.newName("index");
        body.code().addStatement("int $N = 0", index);
        String element = forEach(copy, elements, body);
        body.code().addStatement("$N[$N++] = $L", result, index, convertElement(copy.element(), element, body));
        body.code().endControlFlow();
        body.code().addStatement("return $N", result);
    }

    private void writeMap(ContainerCopy copy, String input, BodyEmitter body) {
        String result = body.newName("result");
        body.code().addStatement("$T $N = new $T<>()", writable(copy.destination()), result,
                implementation(copy.destination()));
        TypeMirror sourceMap = tools.asSupertype(copy.source(), "java.util.Map").orElseThrow();
        String entry = body.newName("entry");
        // Written as Map.Entry through Map, so that JavaPoet qualifies it like Map when a nested
        // type of the converter is called Map (it does not for a ClassName of Map.Entry).
        CodeBlock entryType = TypeName.get(sourceMap) instanceof ParameterizedTypeName map
                ? CodeBlock.of("$T.Entry<$L>", Map.class, map.typeArguments().stream()
                        .map(argument -> CodeBlock.of("$T", argument)).collect(CodeBlock.joining(", ")))
                : CodeBlock.of("$T.Entry", Map.class);
        body.code().beginControlFlow("for ($L $N : $N.entrySet())", entryType, entry, input);
        CodeBlock key = coercions.apply(copy.key(), CodeBlock.of("$N.getKey()", entry), body, "key");
        if (keysMayCollide(copy.key())) {
            // Two keys that convert to equal ones would lose a value without a word.
            key = body.stable(key, tools.writable(copy.key().destination()), "convertedKey");
            body.code().beginControlFlow("if ($N.containsKey($L))", result, key)
                    .addStatement("throw new $T($S$W+ $N.getKey() + $S + $L)", IllegalStateException.class,
                            "Two keys of the source map convert to the same key: ", entry, " gives ", key)
                    .endControlFlow();
        }
        CodeBlock value = coercions.apply(copy.element(), CodeBlock.of("$N.getValue()", entry), body, "value");
        body.code().addStatement("$N.put($L,$W$L)", result, key, value);
        body.code().endControlFlow();
        body.code().addStatement("return $N", result);
    }

    /**
     * Whether two distinct keys may convert to equal ones: not when they are kept as they are, nor
     * for an enum mapping that gives every constant (and null) a constant of its own.
     */
    private static boolean keysMayCollide(Coercion key) {
        if (key instanceof Coercion.Assign) {
            return false;
        }
        if (key instanceof EnumMapping mapping) {
            List<String> results = new ArrayList<>();
            mapping.cases().forEach(mappingCase -> results.add(mappingCase.destination()));
            results.add(mapping.nullConstant());
            return results.size() != new HashSet<>(results).size();
        }
        return true;
    }

    private void writeOptional(OptionalMap optional, String input, BodyEmitter body) {
        body.code().beginControlFlow("if ($N == null || $N.isEmpty())", input, input)
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow();
        CodeBlock content = coercions.applyToPresent(optional.element(), CodeBlock.of("$N.get()", input), body,
                Names.label(optional.element().source()));
        // The content of an Optional is never null; only a conversion of it may give null.
        String factory = optional.element() instanceof Coercion.Assign ? "of" : "ofNullable";
        body.code().addStatement("return $T.$N($L)", Optional.class, factory, content);
    }

    /**
     * A switch over the source constants; its default branch is reached only by a constant added to
     * the source enum after this code was compiled.
     */
    private void writeEnum(EnumMapping mapping, String input, BodyEmitter body) {
        TypeName destination = TypeName.get(mapping.destination());
        body.code().beginControlFlow("if ($N == null)", input)
                .addStatement("return $L", constant(destination, mapping.nullConstant()))
                .endControlFlow();
        CodeBlock.Builder cases = CodeBlock.builder();
        for (EnumMapping.Case mapped : mapping.cases()) {
            cases.addStatement("case $N -> $L", mapped.source(), constant(destination, mapped.destination()));
        }
        cases.addStatement("default -> throw new $T($S + $N)", TypeName.get(mapping.unexpectedValueException()),
                "Unexpected enum constant: ", input);
        body.code().add("return switch ($N) {\n$>$L$<};\n", input, cases.build());
    }

    private static CodeBlock constant(TypeName enumType, String constant) {
        return constant == null ? CodeBlock.of("null") : CodeBlock.of("$T.$N", enumType, constant);
    }

    /**
     * The type of the container being filled: the destination type with wildcards replaced by
     * their bounds, since nothing can be added to a {@code List<? extends ReviewDto>}.
     */
    private TypeName writable(TypeMirror destination) {
        if (!(destination instanceof DeclaredType declared) || declared.getTypeArguments().isEmpty()) {
            return TypeName.get(destination);
        }
        TypeName[] arguments = declared.getTypeArguments().stream()
                .map(argument -> TypeName.get(tools.writable(argument)))
                .toArray(TypeName[]::new);
        // An Iterable has no add(): fill the List that is returned as one.
        ClassName container = tools.isNamed(destination, "java.lang.Iterable")
                ? ClassName.get(List.class) : ClassName.get((TypeElement) declared.asElement());
        return ParameterizedTypeName.get(container, arguments);
    }

    /** Opens {@code for (Review review : reviews)} and returns the element's name. */
    private String forEach(ContainerCopy copy, String input, BodyEmitter body) {
        TypeMirror element = shapes.elementType(copy.source());
        String name = body.newName(Names.label(element));
        body.code().beginControlFlow("for ($T $N : $N)", TypeName.get(element), name, input);
        return name;
    }

    private CodeBlock convertElement(Coercion element, String name, BodyEmitter body) {
        return coercions.apply(element, CodeBlock.of("$N", name), body, name);
    }

    private static CodeBlock size(ContainerShape sourceShape, String input) {
        return switch (sourceShape) {
            case ARRAY -> CodeBlock.of("$N.length", input);
            case COLLECTION -> CodeBlock.of("$N.size()", input);
            default -> CodeBlock.of("");
        };
    }

    private ClassName implementation(TypeMirror destination) {
        return ClassName.bestGuess(shapes.implementation(destination).orElseThrow());
    }

    /** {@code ReviewDto[size]}, or {@code int[size][]} for an array of arrays. */
    static CodeBlock arrayCreation(ArrayType array, CodeBlock size) {
        TypeName component = TypeName.get(array.getComponentType());
        int extraDimensions = 0;
        while (component instanceof ArrayTypeName nested) {
            component = nested.componentType();
            extraDimensions++;
        }
        return CodeBlock.of("$T[$L]$L", component, size, "[]".repeat(extraDimensions));
    }
}

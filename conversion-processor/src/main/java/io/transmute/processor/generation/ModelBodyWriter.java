package io.transmute.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.transmute.processor.analysis.ModelPlan;
import io.transmute.processor.analysis.PropertyPlan;
import io.transmute.processor.analysis.ValueSource.Constant;
import io.transmute.processor.analysis.ValueSource.LazyRead;
import io.transmute.processor.analysis.ValueSource.SourcePath;
import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.BuilderCreation;
import io.transmute.processor.model.property.DestinationProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Writes a model conversion: the null check, one statement per destination property in
 * declaration order, then the constructor call (records, constructor-initialised classes) or the
 * setters (JavaBeans); or the builder's calls.
 */
final class ModelBodyWriter {
    private final TypeTools tools;
    private final TypeShapes shapes;
    private final CoercionWriter coercions;
    private final ValueWriter values;

    ModelBodyWriter(TypeTools tools, CoercionWriter coercions, ValueWriter values) {
        this.tools = tools;
        this.shapes = new TypeShapes(tools);
        this.coercions = coercions;
        this.values = values;
    }

    void write(ModelPlan plan, String sourceName, BodyEmitter body) {
        writeNullCheck(sourceName, body);
        writeAfterNullCheck(plan, sourceName, body);
    }

    static void writeNullCheck(String sourceName, BodyEmitter body) {
        body.code().beginControlFlow("if ($N == null)", sourceName).addStatement("return null").endControlFlow();
    }

    /** The conversion of a source known not to be null. */
    void writeAfterNullCheck(ModelPlan plan, String sourceName, BodyEmitter body) {
        CodeBlock.Builder code = body.code();
        values.defineCaptures(plan.captureArguments(), sourceName, body);
        if (plan.construction().builder() != null) {
            writeThroughBuilder(plan, sourceName, body);
            return;
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (PropertyPlan property : plan.properties()) {
            if (!property.property().isConstructorArgument()) {
                continue;
            }
            if (property.isUnlinked()) {
                arguments.add(defaultValue(property.property()));
            } else if (skipsToEmptyContainer(property)) {
                arguments.add(unlessUnloadedLocal(property, sourceName, body));
            } else {
                arguments.add(argument(property, sourceName, body));
            }
        }
        TypeName destination = TypeName.get(plan.construction().type());
        CodeBlock creation = CodeBlock.of("new $T($L)", destination, CodeBlock.join(arguments, ", "));
        List<PropertyPlan> written = plan.properties().stream()
                .filter(p -> !p.property().isConstructorArgument() && !p.isUnlinked())
                .toList();
        if (written.isEmpty()) {
            code.addStatement("return $L", creation);
            return;
        }
        String target = body.newName(Names.label(plan.construction().type()));
        code.addStatement("$T $N = $L", destination, target, creation);
        for (PropertyPlan property : written) {
            DestinationProperty destinationProperty = property.property();
            if (destinationProperty.write() == DestinationProperty.Write.ADD_ALL) {
                writeAddAll(property, target, sourceName, body);
                continue;
            }
            Function<CodeBlock, CodeBlock> write = destinationProperty.write() == DestinationProperty.Write.SETTER
                    ? value -> CodeBlock.of("$N.$N($L)", target, destinationProperty.writer(), value)
                    : value -> CodeBlock.of("$N.$N = $L", target, destinationProperty.writer(), value);
            if (skipsToEmptyContainer(property)) {
                writeUnlessUnloaded(property, sourceName, body, write);
            } else if (isOverloadedSetter(plan.construction().type(), destinationProperty)) {
                code.addStatement(write.apply(CodeBlock.of("$N", body.local(destinationProperty.type(),
                        destinationProperty.name(), valueOf(property, sourceName, body)))));
            } else {
                code.addStatement(write.apply(valueOf(property, sourceName, body)));
            }
        }
        code.addStatement("return $N", target);
    }

    /**
     * {@code return Book.builder().title(...).build();} with one line per property when every
     * setter returns the builder and no value may be null; otherwise one statement per property
     * on a local builder. A builder's setter is never given null (Lombok's {@code @Singular} ones
     * and protobuf's throw): a value that may be null is checked, and when null the setter is not
     * called, so the builder keeps its default, as it does for an unlinked property.
     */
    private void writeThroughBuilder(ModelPlan plan, String sourceName, BodyEmitter body) {
        BuilderCreation builder = plan.construction().builder();
        List<PropertyPlan> linked = plan.properties().stream().filter(p -> !p.isUnlinked()).toList();
        CodeBlock creation = creation(builder);
        if (builder.fluent() && linked.stream().noneMatch(BuilderValues::mayBeNull)) {
            CodeBlock.Builder chain = CodeBlock.builder().add("$L", creation);
            for (PropertyPlan property : linked) {
                CodeBlock value = skipsToEmptyContainer(property)
                        ? unlessUnloadedLocal(property, sourceName, body) : valueOf(property, sourceName, body);
                chain.add("\n.$N($L)", property.property().writer(), value);
            }
            body.code().addStatement("return $L", chain.add("\n.$N()", builder.buildMethod()).build());
            return;
        }
        String local = body.newName("builder");
        body.code().addStatement("$T $N = $L", TypeName.get(builder.builderType()), local, creation);
        for (PropertyPlan property : linked) {
            DestinationProperty destination = property.property();
            CodeBlock value = skipsToEmptyContainer(property)
                    ? unlessUnloadedLocal(property, sourceName, body) : valueOf(property, sourceName, body);
            if (!BuilderValues.mayBeNull(property)) {
                body.code().addStatement("$N.$N($L)", local, destination.writer(), value);
                continue;
            }
            // A local of the setter's parameter type also makes javac call the planned overload.
            CodeBlock checked = body.stable(value, destination.type(), destination.name());
            body.code().beginControlFlow("if ($L != null)", checked)
                    .addStatement("$N.$N($L)", local, destination.writer(), checked)
                    .endControlFlow();
        }
        body.code().addStatement("return $N.$N()", local, builder.buildMethod());
    }

    /** {@code Book.builder()}, {@code Box.<String>builder()} or {@code new Book.Builder()}. */
    private static CodeBlock creation(BuilderCreation builder) {
        ExecutableElement creation = builder.creation();
        if (creation.getKind() == ElementKind.CONSTRUCTOR) {
            return CodeBlock.of("new $T()", TypeName.get(builder.builderType()));
        }
        ClassName owner = ClassName.get((TypeElement) creation.getEnclosingElement());
        if (builder.typeArguments().isEmpty()) {
            return CodeBlock.of("$T.$N()", owner, creation.getSimpleName().toString());
        }
        CodeBlock arguments = CodeBlock.join(builder.typeArguments().stream()
                .map(argument -> CodeBlock.of("$T", TypeName.get(argument))).toList(), ", ");
        return CodeBlock.of("$T.<$L>$N()", owner, arguments, creation.getSimpleName().toString());
    }

    /** A local holding the value, or an empty container when the lazy attribute is not loaded. */
    private CodeBlock unlessUnloadedLocal(PropertyPlan property, String sourceName, BodyEmitter body) {
        String local = body.newName(property.property().name());
        body.code().addStatement("$T $N", TypeName.get(property.property().type()), local);
        writeUnlessUnloaded(property, sourceName, body, value -> CodeBlock.of("$N = $L", local, value));
        return CodeBlock.of("$N", local);
    }

    /**
     * The body of an @Into method: each linked property written into the target in place, then
     * the target returned if the method returns it. A null source leaves the target as it is.
     */
    void writeUpdate(ModelPlan plan, ConverterMethod method, String referenceCheck, BodyEmitter body) {
        String target = method.into().orElseThrow().name();
        CodeBlock finish = method.returnsTarget() ? CodeBlock.of("return $N", target) : CodeBlock.of("return");
        writeUpdate(plan, method.source().name(), target, method.nulls() == ConverterMethod.NullPolicy.SKIP,
                referenceCheck, body, finish);
        if (method.returnsTarget()) {
            body.code().addStatement(finish);
        }
    }

    /**
     * Writes what {@code source} links into the existing {@code target}: every value is computed
     * first, then (with checked references, {@code referenceCheck} not null) the references are
     * verified, and only then is the target touched, so that an unknown id leaves it unchanged.
     */
    void writeUpdate(ModelPlan plan, String source, String target, boolean skipNulls, String referenceCheck,
            BodyEmitter body, CodeBlock finish) {
        body.code().beginControlFlow("if ($N == null)", source).addStatement(finish).endControlFlow();
        values.defineCaptures(plan.captureArguments(), source, body);
        List<PropertyPlan> linked = plan.properties().stream().filter(p -> !p.isUnlinked()).toList();
        List<CodeBlock> computed = new ArrayList<>();
        for (PropertyPlan property : linked) {
            // Children are merged from the source's elements; a box skipped when null is unboxed
            // only where it is written.
            boolean raw = property.coercion() instanceof Coercion.ChildMerge
                    || skipNulls && property.coercion() instanceof Coercion.Unbox;
            CodeBlock value = raw ? values.read(property.value(), source, body) : valueOf(property, source, body);
            TypeMirror type = raw ? property.valueType() : property.property().type();
            boolean typedLocal = !BodyEmitter.isName(value)
                    || !raw && isOverloadedSetter(plan.construction().type(), property.property());
            computed.add(typedLocal ? CodeBlock.of("$N", body.local(type, property.property().name(), value)) : value);
        }
        if (referenceCheck != null) {
            body.code().addStatement("$N.verify()", referenceCheck);
        }
        for (int i = 0; i < linked.size(); i++) {
            PropertyPlan property = linked.get(i);
            CodeBlock value = computed.get(i);
            DestinationProperty destination = property.property();
            boolean guardNull = skipNulls && mayBeNull(property);
            if (destination.write() == DestinationProperty.Write.ADD_ALL
                    && !(property.coercion() instanceof Coercion.ChildMerge)) {
                writeReplaceContents(destination, value, target, skipNulls, body);
                continue;
            }
            if (guardNull) {
                body.code().beginControlFlow("if ($L != null)", value);
            }
            if (property.coercion() instanceof Coercion.ChildMerge merge) {
                body.code().addStatement("$L", coercions.invokeHelper(merge, List.of(value,
                        CodeBlock.of("$N", target)), body));
            } else if (skipNulls && property.coercion() instanceof Coercion.Unbox
                    && isOverloadedSetter(plan.construction().type(), destination)) {
                writeInto(target, destination, CodeBlock.of("$N", body.local(destination.type(),
                        destination.name(), value)), body);
            } else {
                writeInto(target, destination, value, body);
            }
            if (guardNull) {
                body.code().endControlFlow();
            }
        }
    }

    /**
     * Whether a value to write may be null, so that {@code Nulls.SKIP} checks it: a primitive, a
     * constant, or a primitive parameter boxed for the property cannot be (and {@code false != null}
     * would not compile).
     */
    private boolean mayBeNull(PropertyPlan property) {
        if (property.coercion() instanceof Coercion.Unbox) {
            return true; // the box is checked before it is unboxed
        }
        if (property.coercion() instanceof Coercion.ChildMerge) {
            return !tools.isPrimitive(property.valueType());
        }
        if (property.coercion() instanceof Coercion.Assign
                && (property.value() instanceof Constant || tools.isPrimitive(property.valueType()))) {
            return false;
        }
        return !tools.isPrimitive(property.property().type());
    }

    /**
     * Whether javac may choose another setter of the same name than the one planned: the value is
     * then passed through a local of the planned setter's parameter type, for which that setter
     * is the most specific.
     */
    private boolean isOverloadedSetter(DeclaredType owner, DestinationProperty destination) {
        if (destination.write() != DestinationProperty.Write.SETTER) {
            return false;
        }
        return ElementFilter.methodsIn(tools.elements().getAllMembers((TypeElement) owner.asElement())).stream()
                .filter(method -> method.getSimpleName().contentEquals(destination.writer())
                        && method.getParameters().size() == 1)
                .count() > 1;
    }

    private static void writeInto(String target, DestinationProperty destination, CodeBlock value, BodyEmitter body) {
        if (destination.write() == DestinationProperty.Write.SETTER) {
            body.code().addStatement("$N.$N($L)", target, destination.writer(), value);
        } else {
            body.code().addStatement("$N.$N = $L", target, destination.writer(), value);
        }
    }

    /**
     * A collection the target owns is changed in place, never replaced (a Hibernate collection
     * must stay the same instance): elements no longer wanted are removed, new ones appended, the
     * others kept where they are.
     */
    private void writeReplaceContents(DestinationProperty destination, CodeBlock value, String target,
            boolean skipNulls, BodyEmitter body) {
        String current = body.newName("current" + Names.capitalize(destination.name()));
        boolean map = tools.asSupertype(destination.type(), "java.util.Map").isPresent();
        body.code().addStatement("$T $N = $N.$N()", TypeName.get(destination.type()), current, target,
                destination.writer());
        if (skipNulls) {
            body.code().beginControlFlow("if ($L != null)", value);
        } else {
            body.code().beginControlFlow("if ($L == null)", value)
                    .addStatement("$N.clear()", current)
                    .nextControlFlow("else");
        }
        if (map) {
            body.code().addStatement("$N.keySet().retainAll($L.keySet())", current, value)
                    .addStatement("$N.putAll($L)", current, value);
        } else {
            TypeMirror elementType = shapes.targetElementType(destination.type());
            String element = body.newName(Names.label(elementType));
            body.code().addStatement("$N.retainAll($L)", current, value)
                    .beginControlFlow("for ($T $N : $L)", TypeName.get(elementType), element, value)
                    .beginControlFlow("if (!$N.contains($N))", current, element)
                    .addStatement("$N.add($N)", current, element)
                    .endControlFlow()
                    .endControlFlow();
        }
        body.code().endControlFlow();
    }

    /**
     * {@code if (tags != null) { book.getTags().addAll(tags); }}: a collection without a setter is
     * filled in place, keeping the instance its owner created (a JPA entity's managed collection).
     */
    private void writeAddAll(PropertyPlan property, String target, String sourceName, BodyEmitter body) {
        DestinationProperty destination = property.property();
        CodeBlock value = body.stable(valueOf(property, sourceName, body), destination.type(), destination.name());
        boolean map = tools.asSupertype(destination.type(), "java.util.Map").isPresent();
        body.code().beginControlFlow("if ($L != null)", value)
                .addStatement("$N.$N().$N($L)", target, destination.writer(), map ? "putAll" : "addAll", value)
                .endControlFlow();
    }

    /**
     * Under {@code Unloaded.SKIP}, a container read from a lazy attribute that is not loaded is
     * left empty rather than null.
     */
    private boolean skipsToEmptyContainer(PropertyPlan property) {
        return property.value() instanceof SourcePath path && path.skipsAtStart()
                && (shapes.targetShape(property.property().type()).isPresent());
    }

    /** {@code if (isLoaded(book, "reviews")) { write(converted) } else { write(empty) }}. */
    private void writeUnlessUnloaded(PropertyPlan property, String sourceName, BodyEmitter body,
            Function<CodeBlock, CodeBlock> write) {
        SourcePath path = (SourcePath) property.value();
        PropertyPlan loaded = new PropertyPlan(property.property(), new SourcePath(path.path(),
                path.lazyReads().stream().filter(read -> read.step() != 0).toList()),
                property.valueType(), property.coercion());
        LazyRead lazy = path.lazyReads().stream().filter(read -> read.step() == 0).findFirst().orElseThrow();
        body.code().beginControlFlow("if ($L)", values.loadedCheck(sourceName, path.path().get(0), lazy));
        body.code().addStatement(write.apply(valueOf(loaded, sourceName, body)));
        body.code().nextControlFlow("else");
        body.code().addStatement(write.apply(emptyContainer(property.property().type())));
        body.code().endControlFlow();
    }

    private CodeBlock emptyContainer(TypeMirror type) {
        if (type instanceof ArrayType array) {
            return CodeBlock.of("new $L", ContainerBodyWriter.arrayCreation(array, CodeBlock.of("0")));
        }
        return CodeBlock.of("new $T<>()", ClassName.bestGuess(shapes.implementation(type).orElseThrow()));
    }

    /** A named local per constructor argument, unless the value already is a plain name. */
    private CodeBlock argument(PropertyPlan property, String sourceName, BodyEmitter body) {
        CodeBlock value = valueOf(property, sourceName, body);
        if (BodyEmitter.isName(value)) {
            return value;
        }
        return CodeBlock.of("$N", body.local(property.property().type(), property.property().name(), value));
    }

    private CodeBlock valueOf(PropertyPlan property, String sourceName, BodyEmitter body) {
        CodeBlock read = values.read(property.value(), sourceName, body);
        // A temporary is named after where it was read from (bookId, bookAuthor), leaving the
        // property's own name (id, authorId) for the converted value.
        String readName = property.value() instanceof SourcePath path
                ? path.path().get(path.path().size() - 1).name() : property.property().name();
        String hint = sourceName + Names.capitalize(readName);
        return coercions.apply(property.coercion(), read, body, hint);
    }

    /** What an unlinked constructor argument receives: an empty Optional, otherwise null. */
    private CodeBlock defaultValue(DestinationProperty property) {
        if (shapes.isOptional(property.type())) {
            return CodeBlock.of("$T.empty()", Optional.class);
        }
        return CodeBlock.of("null");
    }
}

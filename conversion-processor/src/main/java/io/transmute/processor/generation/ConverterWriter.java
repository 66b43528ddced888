package io.transmute.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.transmute.processor.analysis.MethodPlan;
import io.transmute.processor.analysis.NestedConversion;
import io.transmute.processor.coercion.Capture;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.Coercion.ModelCall;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.ConverterMethod.Parameter;
import io.transmute.processor.model.ConverterType;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.UserMethod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Writes {@code <Name>Impl}: one override per converter method, then the private helpers they use.
 * The file names its converter type as its only originating element, so that incremental builds
 * regenerate it exactly when that type changes.
 */
public final class ConverterWriter {
    private static final String PROCESSOR = "io.transmute.processor.TransmuteProcessor";
    private static final ClassName REFERENCE_CHECK = ClassName.get("io.transmute.jpa", "ReferenceCheck");

    private final TypeTools tools;
    /** The fields holding used types, which no local may hide. */
    private Collection<String> fieldNames = List.of();

    public ConverterWriter(TypeTools tools) {
        this.tools = tools;
    }

    public JavaFile write(ConverterType converterType, List<MethodPlan> plans) {
        HelperMethods helpers = new HelperMethods();
        converterType.methods().stream().map(UserMethod::name).forEach(helpers::reserve);
        ComponentWriter component = new ComponentWriter(converterType);
        fieldNames = component.fields().values();
        CoercionWriter coercions = new CoercionWriter(tools, helpers, component.fields());
        ValueWriter values = new ValueWriter(tools, coercions);
        ModelBodyWriter models = new ModelBodyWriter(tools, coercions, values);
        ContainerBodyWriter containers = new ContainerBodyWriter(tools, coercions);
        MergeWriter merges = new MergeWriter(tools, coercions);

        TypeElement element = converterType.element();
        TypeSpec.Builder implementation = TypeSpec.classBuilder(converterType.implementationName())
                .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                        .addMember("value", "$S", PROCESSOR)
                        .build())
                .addOriginatingElement(element)
                // The converter's nested types (a record called Map, say) are in scope in the
                // generated class and would hide the JDK types it uses; so would same-package
                // types named like java.lang ones.
                .avoidClashesWithNestedClasses(element)
                .alwaysQualify(javaLangNamesTakenIn(converterType).toArray(new String[0]));
        component.addTo(implementation);
        if (converterType.isInterface()) {
            implementation.addSuperinterface(TypeName.get(element.asType()));
        } else {
            implementation.superclass(TypeName.get(element.asType()));
        }
        for (MethodPlan plan : plans) {
            MethodSpec method = converterMethod(converterType, plan, coercions, values, models, containers);
            if (plan.verifiesReferences()) {
                String body = helpers.reserveName(plan.method().name() + "WithReferences");
                implementation.addMethod(verifyingWrapper(converterType, plan, body));
                implementation.addMethod(MethodSpec.methodBuilder(body)
                        .addModifiers(Modifier.PRIVATE)
                        .returns(method.returnType())
                        .addParameters(method.parameters())
                        .addParameter(REFERENCE_CHECK, plan.referenceCheck())
                        .addCode(method.code())
                        .build());
            } else {
                implementation.addMethod(method);
            }
        }
        while (helpers.hasPending()) {
            implementation.addMethod(helperMethod(helpers.next(), models, containers, merges));
        }
        String packageName = converterType.packageElement().getQualifiedName().toString();
        return JavaFile.builder(packageName, implementation.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private BodyEmitter newBody() {
        BodyEmitter body = new BodyEmitter();
        fieldNames.forEach(body::reserve);
        return body;
    }

    private List<String> javaLangNamesTakenIn(ConverterType converterType) {
        return ElementFilter.typesIn(converterType.packageElement().getEnclosedElements()).stream()
                .map(type -> type.getSimpleName().toString())
                .filter(name -> tools.elements().getTypeElement("java.lang." + name) != null)
                .toList();
    }

    private MethodSpec converterMethod(ConverterType converterType, MethodPlan plan, CoercionWriter coercions,
            ValueWriter values, ModelBodyWriter models, ContainerBodyWriter containers) {
        MethodSpec.Builder method = MethodSpec.overriding(
                plan.method().element(), converterType.type(), tools.types());
        BodyEmitter body = newBody();
        for (Parameter parameter : plan.method().parameters()) {
            body.reserve(parameter.name());
        }
        String source = plan.method().source().name();
        if (plan.method().into().isPresent()) {
            models.writeUpdate(plan.model(), plan.method(), plan.referenceCheck(), body);
        } else if (!plan.dispatch().isEmpty()) {
            ModelBodyWriter.writeNullCheck(source, body);
            String tested = writeDispatch(plan, source, body);
            if (plan.dispatchesOnly()) {
                body.code().addStatement("throw new $T($S + $N.getClass().getName()$W+ $S)",
                        IllegalArgumentException.class, "No converter for ", tested,
                        ": declare one in " + converterType.element().getSimpleName());
            } else {
                models.writeAfterNullCheck(plan.model(), source, body);
            }
        } else if (plan.model() != null) {
            models.write(plan.model(), source, body);
        } else {
            values.defineCaptures(plan.captureArguments(), source, body);
            Coercion coercion = plan.coercion();
            if (!coercions.isInline(coercion)) {
                containers.write(coercion, source, body);
            } else {
                body.code().addStatement("return $L",
                        coercions.apply(coercion, CodeBlock.of("$N", source), body, "value"));
            }
        }
        return method.addCode(body.code().build()).build();
    }

    /**
     * The public converter of a conversion with checked references: it creates the conversion's
     * ReferenceCheck, converts, then verifies every referenced id (one query per entity type)
     * before returning, so that an unknown id fails before the caller can write anything.
     */
    private MethodSpec verifyingWrapper(ConverterType converterType, MethodPlan plan, String body) {
        MethodSpec.Builder method = MethodSpec.overriding(plan.method().element(), converterType.type(), tools.types());
        String entityManager = plan.method().extras().stream()
                .filter(parameter -> tools.asSupertype(parameter.type(), "jakarta.persistence.EntityManager").isPresent())
                .findFirst().orElseThrow().name();
        String check = plan.referenceCheck();
        method.addStatement("$T $N = $T.of($N)", REFERENCE_CHECK, check, REFERENCE_CHECK, entityManager);
        CodeBlock call = CodeBlock.of("$N($L, $N)", body, plan.method().parameters().stream()
                .map(parameter -> CodeBlock.of("$N", parameter.name())).collect(CodeBlock.joining(", ")), check);
        boolean returnsValue = plan.method().element().getReturnType().getKind() != TypeKind.VOID;
        UniqueNames names = new UniqueNames();
        plan.method().parameters().forEach(parameter -> names.newName(parameter.name()));
        names.newName(check);
        String result = names.newName("result");
        if (returnsValue) {
            method.addStatement("$T $N = $L", TypeName.get(plan.method().element().getReturnType()), result, call);
        } else {
            method.addStatement("$L", call);
        }
        method.addStatement("$N.verify()", check);
        if (returnsValue) {
            method.addStatement("return $N", result);
        }
        return method.build();
    }

    /**
     * {@code if (animal instanceof Dog dog) { return toDto(dog); }} for each subtype converter, most
     * specific first; an entity is unproxied first, since a proxy of Animal is never a Dog.
     */
    private String writeDispatch(MethodPlan plan, String source, BodyEmitter body) {
        String tested = source;
        if (plan.unproxy()) {
            tested = body.local(plan.method().source().type(), "unproxied" + Names.capitalize(source),
                    CodeBlock.of("$T.unproxy($N)", ValueWriter.ENTITY_STATES, source));
        }
        for (ConverterMethod subtype : plan.dispatch()) {
            String narrowed = body.newName(Names.label(subtype.source().type()));
            body.code().beginControlFlow("if ($N instanceof $T $N)", tested, TypeName.get(subtype.source().type()),
                            narrowed)
                    .addStatement("return $N($L)", subtype.name(), dispatchArguments(plan.method(), subtype, narrowed))
                    .endControlFlow();
        }
        return tested;
    }

    /**
     * The narrowed source, then, for a subtype converter that takes them, the dispatching method's
     * other parameters, passed on as they are.
     */
    private static CodeBlock dispatchArguments(ConverterMethod method, ConverterMethod subtype, String narrowed) {
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$N", narrowed));
        if (subtype.parameters().size() > 1) {
            method.parameters().subList(1, method.parameters().size())
                    .forEach(parameter -> arguments.add(CodeBlock.of("$N", parameter.name())));
        }
        return CodeBlock.join(arguments, ", ");
    }

    private MethodSpec helperMethod(HelperMethods.Pending helper, ModelBodyWriter models,
            ContainerBodyWriter containers, MergeWriter merges) {
        Coercion coercion = helper.coercion();
        BodyEmitter body = newBody();
        MethodSpec.Builder method = MethodSpec.methodBuilder(helper.name()).addModifiers(Modifier.PRIVATE);
        NestedConversion nested = coercion instanceof ModelCall model ? (NestedConversion) model.conversion() : null;
        String input = body.reserve(nested != null ? Names.label(coercion.source()) : containers.inputName(coercion));
        method.addParameter(ParameterSpec.builder(TypeName.get(coercion.source()), input).build());
        // An update or a merge writes into an object the caller passes: the helper returns nothing.
        String target = null;
        if ((nested != null && nested.updating()) || coercion instanceof Coercion.ChildMerge) {
            TypeMirror targetType = coercion instanceof Coercion.ChildMerge merge ? merge.parent() : coercion.destination();
            target = body.reserve(Names.label(targetType));
            method.addParameter(ParameterSpec.builder(TypeName.get(targetType), target).build());
        } else {
            method.returns(TypeName.get(coercion.destination()));
        }
        for (Capture capture : coercion.captures()) {
            String name = body.reserve(capture.name());
            method.addParameter(ParameterSpec.builder(TypeName.get(capture.type()), name).build());
            body.defineCapture(capture.key(), CodeBlock.of("$N", name));
        }
        if (coercion instanceof Coercion.ChildMerge merge) {
            merges.write(merge, input, target, merge.childrenGetter(), body);
        } else if (nested != null && nested.updating()) {
            models.writeUpdate(nested.plan(), input, target, nested.skipsNulls(), null, body, CodeBlock.of("return"));
        } else if (nested != null) {
            models.write(nested.plan(), input, body);
        } else {
            containers.write(coercion, input, body);
        }
        return method.addCode(body.code().build()).build();
    }
}

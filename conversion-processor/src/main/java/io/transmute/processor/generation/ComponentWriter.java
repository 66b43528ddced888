package io.transmute.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.transmute.processor.model.ComponentModelKind;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.ConverterType;
import io.transmute.processor.model.UsedType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What makes the generated class a component of its model: its modifiers and annotations, a field
 * per used type, and the constructor that fills them (creating the used types itself under the
 * default model, receiving them from the container otherwise).
 */
final class ComponentWriter {
    private final ConverterType converterType;
    /** The used types held in fields: those offering only static methods are called through the type. */
    private final List<UsedType> held;
    private final Map<TypeElement, String> fields = new LinkedHashMap<>();

    ComponentWriter(ConverterType converterType) {
        this.converterType = converterType;
        this.held = converterType.uses().stream().filter(UsedType::needsInstance).toList();
        // A parameter named like a field would hide it in the converter method that calls it.
        UniqueNames names = new UniqueNames();
        for (ConverterMethod method : converterType.converters()) {
            method.parameters().forEach(parameter -> names.newName(parameter.name()));
        }
        for (UsedType used : held) {
            fields.put(used.element(), names.newName(used.element().getSimpleName().toString()));
        }
    }

    /** The field holding each used type's instance, by the used type. */
    Map<TypeElement, String> fields() {
        return fields;
    }

    void addTo(TypeSpec.Builder implementation) {
        ComponentModelKind model = converterType.componentModel();
        implementation.addModifiers(Modifier.PUBLIC);
        // A container may subclass its beans (Spring's class-based proxies for aspects, CDI's client
        // proxies), so only the class nobody but Transmute creates is final.
        if (!model.isInjected()) {
            implementation.addModifiers(Modifier.FINAL);
        }
        for (String annotation : model.classAnnotations()) {
            implementation.addAnnotation(ClassName.bestGuess(annotation));
        }
        if (held.isEmpty()) {
            return;
        }
        for (UsedType used : held) {
            implementation.addField(FieldSpec.builder(TypeName.get(used.type()), fields.get(used.element()),
                    Modifier.PRIVATE, Modifier.FINAL).build());
        }
        if (!model.isInjected()) {
            implementation.addMethod(creatingConstructor());
            return;
        }
        implementation.addMethod(injectedConstructor(model));
        if (model.isProxied()) {
            implementation.addMethod(MethodSpec.constructorBuilder()
                    .addJavadoc("For the container's client proxy, which passes every call on to the bean.\n")
                    .addModifiers(Modifier.PROTECTED)
                    .addStatement("this($L)", CodeBlock.join(
                            held.stream().map(used -> CodeBlock.of("null")).toList(), ", "))
                    .build());
        }
    }

    /** The default model: the implementation creates what it uses, once. */
    private MethodSpec creatingConstructor() {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        for (UsedType used : held) {
            TypeName created = used.implementation() != null
                    ? ClassName.bestGuess(used.implementation()) : TypeName.get(used.type());
            constructor.addStatement("this.$N = new $T()", fields.get(used.element()), created);
        }
        return constructor.build();
    }

    private MethodSpec injectedConstructor(ComponentModelKind model) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        if (model.inject() != null) {
            constructor.addAnnotation(ClassName.bestGuess(model.inject()));
        }
        for (UsedType used : held) {
            String field = fields.get(used.element());
            constructor.addParameter(TypeName.get(used.type()), field);
            constructor.addStatement("this.$N = $N", field, field);
        }
        return constructor.build();
    }
}

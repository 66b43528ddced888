package io.transmute.processor.generation;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.transmute.processor.analysis.ModelPlan;
import io.transmute.processor.analysis.PropertyPlan;
import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.DestinationProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a model conversion: the null check, one statement per destination property in
 * declaration order, then the constructor call (records, constructor-initialised classes) or the
 * setters (JavaBeans).
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
        CodeBlock.Builder code = body.code();
        code.beginControlFlow("if ($N == null)", sourceName).addStatement("return null").endControlFlow();
        values.defineCaptures(plan.captureArguments(), sourceName, body);
        List<CodeBlock> arguments = new ArrayList<>();
        for (PropertyPlan property : plan.properties()) {
            if (property.property().isConstructorArgument()) {
                arguments.add(property.isUnlinked()
                        ? defaultValue(property.property())
                        : argument(property, sourceName, body));
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
            CodeBlock value = valueOf(property, sourceName, body);
            DestinationProperty destinationProperty = property.property();
            if (destinationProperty.write() == DestinationProperty.Write.SETTER) {
                code.addStatement("$N.$N($L)", target, destinationProperty.writer(), value);
            } else {
                code.addStatement("$N.$N = $L", target, destinationProperty.writer(), value);
            }
        }
        code.addStatement("return $N", target);
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
        // A temporary is named after where it was read from (bookId), leaving the property's own
        // name (id) for the converted value.
        String hint = sourceName + Names.capitalize(property.property().name());
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

package io.transmute.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.Coercion.ChildMerge;
import io.transmute.processor.coercion.TypeShapes;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.SourceProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.type.TypeMirror;

/**
 * Writes the merge of child entities into an updated entity's managed collection: match by id,
 * update matched children in place, add new ones with their back reference, remove the rest.
 */
final class MergeWriter {
    private final TypeTools tools;
    private final TypeShapes shapes;
    private final CoercionWriter coercions;

    MergeWriter(TypeTools tools, CoercionWriter coercions) {
        this.tools = tools;
        this.shapes = new TypeShapes(tools);
        this.coercions = coercions;
    }

    /**
     * The body of {@code mergeReviewList(List<ReviewEdit> reviewEdits, Book book, ...)}.
     *
     * @param children the getter of the parent's collection, e.g. {@code getReviews}
     */
    void write(ChildMerge merge, String elements, String parent, String children, BodyEmitter body) {
        TypeMirror childType = shapes.targetElementType(merge.destination());
        TypeMirror elementType = shapes.elementType(merge.source());
        TypeName child = TypeName.get(childType);
        String current = body.newName(Names.plural(childType));
        CodeBlock.Builder code = body.code();
        code.addStatement("$T $N = $N.$N()", TypeName.get(merge.destination()), current, parent, children);
        code.beginControlFlow("if ($N == null)", elements);
        if (merge.backReference() != null) {
            String orphan = body.newName("orphan");
            code.beginControlFlow("for ($T $N : $N)", child, orphan, current)
                    .addStatement("$N.$N(null)", orphan, merge.backReference())
                    .endControlFlow();
        }
        code.addStatement("$N.clear()", current).addStatement("return").endControlFlow();

        // Children are found by id; the ones no element matches (unsaved ones, without an id, too)
        // are removed at the end. Two elements with one id both update that child, the last winning.
        TypeName idType = TypeName.get(tools.boxed(merge.childId().type()));
        String byId = body.newName(Names.plural(childType) + "ById");
        code.addStatement("$T $N = new $T<>()", ParameterizedTypeName.get(ClassName.get(Map.class), idType, child), byId,
                HashMap.class);
        String existing = body.newName(Names.label(childType));
        code.beginControlFlow("for ($T $N : $N)", child, existing, current);
        if (tools.isPrimitive(merge.childId().type())) {
            code.addStatement("$N.put($L, $N)", byId, read(existing, merge.childId()), existing);
        } else {
            code.beginControlFlow("if ($L != null)", read(existing, merge.childId()))
                    .addStatement("$N.put($L, $N)", byId, read(existing, merge.childId()), existing)
                    .endControlFlow();
        }
        code.endControlFlow();
        String unmatched = body.newName("unmatched");
        code.addStatement("$T $N = new $T<>($N)", ParameterizedTypeName.get(ClassName.get(List.class), child), unmatched,
                ArrayList.class, current);

        String element = body.newName(Names.label(elementType));
        code.beginControlFlow("for ($T $N : $N)", TypeName.get(elementType), element, elements);
        code.beginControlFlow("if ($N == null)", element).addStatement("continue").endControlFlow();
        String id = body.newName("id");
        code.addStatement("$T $N = $L", idType, id, read(element, merge.sourceId()));
        String matched = body.newName("matched");
        code.addStatement("$T $N = $N == null ? null : $N.get($N)", child, matched, id, byId, id);
        code.beginControlFlow("if ($N == null)", matched);
        CodeBlock created = coercions.invokeHelper(new Coercion.ModelCall(merge.create()),
                List.of(CodeBlock.of("$N", element)), body);
        String fresh = body.newName("created");
        code.addStatement("$T $N = $L", child, fresh, created);
        if (merge.backReference() != null) {
            code.addStatement("$N.$N($N)", fresh, merge.backReference(), parent);
        }
        code.addStatement("$N.add($N)", current, fresh);
        code.nextControlFlow("else");
        code.addStatement("$L", coercions.invokeHelper(new Coercion.ModelCall(merge.update()),
                List.of(CodeBlock.of("$N", element), CodeBlock.of("$N", matched)), body));
        code.addStatement("$N.remove($N)", unmatched, matched);
        code.endControlFlow();
        code.endControlFlow();

        String removed = body.newName("removed");
        code.beginControlFlow("for ($T $N : $N)", child, removed, unmatched)
                .addStatement("$N.remove($N)", current, removed);
        if (merge.backReference() != null) {
            code.addStatement("$N.$N(null)", removed, merge.backReference());
        }
        code.endControlFlow();
    }

    private static CodeBlock read(String owner, SourceProperty property) {
        return property.isMethod()
                ? CodeBlock.of("$N.$N()", owner, property.accessor())
                : CodeBlock.of("$N.$N", owner, property.accessor());
    }

}

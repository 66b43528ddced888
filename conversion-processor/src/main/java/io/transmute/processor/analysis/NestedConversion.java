package io.transmute.processor.analysis;

import io.transmute.processor.coercion.Capture;
import io.transmute.processor.coercion.ModelConversion;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * A model conversion generated as a private helper method. It is registered before its plan is
 * made, so that a recursive model (a category tree) refers to the helper being planned.
 */
public final class NestedConversion implements ModelConversion {
    private final TypeMirror source;
    private final TypeMirror destination;
    private ModelPlan plan;
    private List<Capture> captures = List.of();
    private boolean failed;

    NestedConversion(TypeMirror source, TypeMirror destination) {
        this.source = source;
        this.destination = destination;
    }

    @Override
    public TypeMirror source() {
        return source;
    }

    @Override
    public TypeMirror destination() {
        return destination;
    }

    @Override
    public List<Capture> captures() {
        return captures;
    }

    public ModelPlan plan() {
        return plan;
    }

    void complete(ModelPlan plan, List<Capture> captures) {
        this.plan = plan;
        this.captures = List.copyOf(captures);
    }

    void fail() {
        failed = true;
    }

    boolean failed() {
        return failed;
    }
}

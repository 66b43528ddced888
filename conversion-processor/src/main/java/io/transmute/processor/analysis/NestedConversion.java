package io.transmute.processor.analysis;

import io.transmute.processor.coercion.Capture;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.ModelConversion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.type.TypeMirror;

/**
 * A model conversion generated as a private helper method. It is registered before its plan is
 * made, so that a recursive model (a category tree) refers to the helper being planned.
 */
public final class NestedConversion implements ModelConversion {
    private final TypeMirror source;
    private final TypeMirror destination;
    private final boolean updating;
    private final boolean skipsNulls;
    private ModelPlan plan;
    private List<Capture> captures = List.of();
    private boolean failed;

    NestedConversion(TypeMirror source, TypeMirror destination, boolean updating, boolean skipsNulls) {
        this.source = source;
        this.destination = destination;
        this.updating = updating;
        this.skipsNulls = skipsNulls;
    }

    /** For an update: whether a null in the source leaves the destination's value ({@code Nulls.SKIP}). */
    public boolean skipsNulls() {
        return skipsNulls;
    }

    /** Whether the helper updates an existing destination in place rather than creating one. */
    public boolean updating() {
        return updating;
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

    /**
     * Whether the conversion, or one nested in it, reads a lazy JPA attribute or makes entity
     * references: then it differs by the method's unloaded and references policies, otherwise
     * converters of any policy share it.
     */
    boolean dependsOnPolicies() {
        return dependsOnPolicies(this, new HashSet<>());
    }

    private static boolean dependsOnPolicies(NestedConversion conversion, Set<NestedConversion> visited) {
        if (conversion.plan == null || !visited.add(conversion)) {
            return false;
        }
        for (PropertyPlan property : conversion.plan.properties()) {
            if (property.value() instanceof ValueSource.SourcePath path && !path.lazyReads().isEmpty()) {
                return true;
            }
            if (property.coercion() != null && (makesReferences(property.coercion()) || nested(property.coercion())
                    .stream().anyMatch(inner -> dependsOnPolicies(inner, visited)))) {
                return true;
            }
        }
        return conversion.plan.captureArguments().stream().anyMatch(argument ->
                argument.value() instanceof ValueSource.SourcePath path && !path.lazyReads().isEmpty());
    }

    private static boolean makesReferences(Coercion coercion) {
        if (coercion instanceof Coercion.EntityReference || coercion instanceof Coercion.EntityReferences) {
            return true;
        }
        if (coercion instanceof Coercion.ContainerCopy copy) {
            return makesReferences(copy.element());
        }
        if (coercion instanceof Coercion.OptionalWrap wrap) {
            return makesReferences(wrap.element());
        }
        return coercion instanceof Coercion.OptionalMap optional && makesReferences(optional.element());
    }

    /** The nested conversions a coercion calls, directly or element-wise. */
    private static List<NestedConversion> nested(Coercion coercion) {
        if (coercion instanceof Coercion.ModelCall call && call.conversion() instanceof NestedConversion inner) {
            return List.of(inner);
        }
        List<NestedConversion> found = new ArrayList<>();
        if (coercion instanceof Coercion.ContainerCopy copy) {
            found.addAll(nested(copy.element()));
            if (copy.key() != null) {
                found.addAll(nested(copy.key()));
            }
        } else if (coercion instanceof Coercion.OptionalMap optional) {
            found.addAll(nested(optional.element()));
        } else if (coercion instanceof Coercion.OptionalWrap wrap) {
            found.addAll(nested(wrap.element()));
        } else if (coercion instanceof Coercion.ChildMerge merge) {
            found.addAll(nested(new Coercion.ModelCall(merge.create())));
            found.addAll(nested(new Coercion.ModelCall(merge.update())));
        }
        return found;
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

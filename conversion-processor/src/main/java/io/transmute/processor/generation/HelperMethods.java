package io.transmute.processor.generation;

import io.transmute.processor.analysis.NestedConversion;
import io.transmute.processor.coercion.Coercion;
import io.transmute.processor.coercion.Coercion.ContainerCopy;
import io.transmute.processor.coercion.Coercion.EnumMapping;
import io.transmute.processor.coercion.Coercion.MethodCall;
import io.transmute.processor.coercion.Coercion.ModelCall;
import io.transmute.processor.coercion.Coercion.OptionalMap;
import io.transmute.processor.coercion.Coercion.OptionalWrap;
import io.transmute.processor.coercion.Coercion.Unbox;
import io.transmute.processor.coercion.ModelConversion;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The private helper methods of one generated class: one per distinct conversion, named once
 * ({@code reviewListToReviewDtoList}), written after the converter methods that first use them.
 */
final class HelperMethods {
    private final UniqueNames names = new UniqueNames();
    private final Map<String, String> nameBySignature = new HashMap<>();
    private final Map<ModelConversion, Integer> modelIds = new IdentityHashMap<>();
    private final Deque<Pending> pending = new ArrayDeque<>();

    /** A helper to write: its name and the coercion it implements. */
    record Pending(String name, Coercion coercion) {
    }

    /** A name for a private method of the generated class, distinct from every other. */
    String reserveName(String suggestion) {
        return names.newName(suggestion);
    }

    /** Keeps helpers from taking the names of the user's methods. */
    void reserve(String methodName) {
        names.newName(methodName);
    }

    /** The helper implementing {@code coercion}, registered to be written if it is new. */
    String nameFor(Coercion coercion) {
        String signature = signature(coercion);
        String name = nameBySignature.get(signature);
        if (name == null) {
            name = names.newName(preferredName(coercion));
            nameBySignature.put(signature, name);
            pending.add(new Pending(name, coercion));
        }
        return name;
    }

    /** {@code authorToAuthorDto}; {@code updateReview} for an update; {@code mergeReviewList} for a merge. */
    private static String preferredName(Coercion coercion) {
        if (coercion instanceof ModelCall call && call.conversion() instanceof NestedConversion nested
                && nested.updating()) {
            return "update" + Names.capitalize(Names.label(coercion.destination()));
        }
        if (coercion instanceof Coercion.ChildMerge) {
            return "merge" + Names.capitalize(Names.label(coercion.destination()));
        }
        return Names.helper(coercion.source(), coercion.destination());
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    Pending next() {
        return pending.poll();
    }

    /** Two coercions with the same signature can share one helper. */
    private String signature(Coercion coercion) {
        String types = coercion.source() + ">" + coercion.destination();
        if (coercion instanceof ModelCall model) {
            return "model#" + modelIds.computeIfAbsent(model.conversion(), c -> modelIds.size());
        }
        if (coercion instanceof ContainerCopy copy) {
            return "copy:" + types + "[" + (copy.key() == null ? "" : signature(copy.key()) + ",")
                    + signature(copy.element()) + "]";
        }
        if (coercion instanceof OptionalMap map) {
            return "optional:" + types + "[" + signature(map.element()) + "]";
        }
        if (coercion instanceof OptionalWrap wrap) {
            return "wrap:" + types + "[" + signature(wrap.element()) + "]";
        }
        if (coercion instanceof Coercion.ChildMerge merge) {
            return "merge:" + types + "[" + signature(new ModelCall(merge.create())) + ","
                    + signature(new ModelCall(merge.update())) + "]";
        }
        if (coercion instanceof EnumMapping) {
            return "enum:" + types;
        }
        if (coercion instanceof MethodCall call) {
            return "call:" + call.method().element() + call.skipsNull();
        }
        if (coercion instanceof Coercion.EntityId entityId) {
            return "id:" + types + "[" + signature(entityId.id()) + "]";
        }
        if (coercion instanceof Coercion.EntityReference || coercion instanceof Coercion.EntityReferences) {
            return "reference:" + types;
        }
        if (coercion instanceof Unbox unbox) {
            return "unbox:" + types + unbox.nullMessage();
        }
        return "assign:" + types;
    }
}

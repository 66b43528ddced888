package io.transmute.processor.model;

import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotation mirrors by the annotation's qualified name. */
public final class Annotations {
    private Annotations() {
    }

    public static Optional<AnnotationMirror> find(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(annotationName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    public static boolean has(Element element, String annotationName) {
        return find(element, annotationName).isPresent();
    }

    /** The annotations named {@code single} on the element, whether written once or repeated. */
    public static List<AnnotationMirror> repeatable(Element element, String single, String container) {
        List<AnnotationMirror> result = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = nameOf(mirror);
            if (name.equals(single)) {
                result.add(mirror);
            } else if (name.equals(container)) {
                AnnotationValue value = explicitValue(mirror, "value");
                if (value != null && value.getValue() instanceof List<?> items) {
                    for (Object item : items) {
                        result.add((AnnotationMirror) ((AnnotationValue) item).getValue());
                    }
                }
            }
        }
        return result;
    }

    /** Where each of the repeated annotations named {@code single} was written, in source order. */
    public static List<Anchor.Repeat> repeatPositions(Element element, String single, String container) {
        List<Anchor.Repeat> positions = new ArrayList<>();
        boolean contained = find(element, container).isPresent();
        String simpleName = single.substring(single.lastIndexOf('.') + 1);
        int count = repeatable(element, single, container).size();
        for (int i = 0; i < count; i++) {
            // Written once, javac finds the annotation itself; repeated, it needs the position.
            positions.add(contained ? new Anchor.Repeat(simpleName, i, null) : null);
        }
        return positions;
    }

    /** The value the user wrote for {@code attribute}, or null when it was left at its default. */
    public static AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** A String attribute, or "" when absent (all Transmute String attributes default to ""). */
    public static String string(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = explicitValue(mirror, attribute);
        return value != null && value.getValue() instanceof String text ? text : "";
    }

    /** A String[] attribute as (value, AnnotationValue of the element) pairs. */
    public static List<Map.Entry<String, AnnotationValue>> strings(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = explicitValue(mirror, attribute);
        List<Map.Entry<String, AnnotationValue>> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value.getValue() instanceof List<?> items) {
            for (Object item : items) {
                AnnotationValue itemValue = (AnnotationValue) item;
                if (itemValue.getValue() instanceof String text) {
                    result.add(Map.entry(text, itemValue));
                }
            }
        } else if (value.getValue() instanceof String text) {
            result.add(Map.entry(text, value));
        }
        return result;
    }

    private static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}

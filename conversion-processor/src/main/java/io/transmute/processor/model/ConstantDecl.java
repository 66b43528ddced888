package io.transmute.processor.model;

import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/** One {@code @LinkConstant} as the user wrote it on a converter method. */
public record ConstantDecl(
        ExecutableElement method, AnnotationMirror mirror, Anchor.Repeat position, String to, String value, String factory) {

    public static ConstantDecl read(ExecutableElement method, AnnotationMirror mirror, Anchor.Repeat position) {
        return new ConstantDecl(method, mirror, position,
                Annotations.string(mirror, "to"),
                Annotations.string(mirror, "value"),
                Annotations.string(mirror, "factory"));
    }

    public Anchor anchor(String attribute) {
        AnnotationValue value = attribute == null ? null : Annotations.explicitValue(mirror, attribute);
        Anchor.Repeat repeat = position == null ? null
                : new Anchor.Repeat(position.annotation(), position.index(), value == null ? null : attribute);
        return new Anchor(method, mirror, value, repeat);
    }

    public boolean isFactory() {
        return !factory.isEmpty();
    }

    public String describe() {
        return isFactory()
                ? "@LinkConstant(to = \"" + to + "\", factory = \"" + factory + "\")"
                : "@LinkConstant(to = \"" + to + "\", value = \"" + value + "\")";
    }
}

package io.transmute.processor.model;

import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** One {@code @LinkConstant} as the user wrote it on a converter method. */
public record ConstantDecl(
        ExecutableElement method, AnnotationMirror mirror, String to, String value, String factory) {

    public static ConstantDecl read(ExecutableElement method, AnnotationMirror mirror) {
        return new ConstantDecl(method, mirror,
                Annotations.string(mirror, "to"),
                Annotations.string(mirror, "value"),
                Annotations.string(mirror, "factory"));
    }

    public Anchor anchor(String attribute) {
        return new Anchor(method, mirror, Annotations.explicitValue(mirror, attribute));
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

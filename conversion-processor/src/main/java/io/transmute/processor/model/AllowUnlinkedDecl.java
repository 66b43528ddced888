package io.transmute.processor.model;

import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/** One path listed in {@code @Converter(allowUnlinked = ...)}. */
public record AllowUnlinkedDecl(
        ExecutableElement method, AnnotationMirror mirror, AnnotationValue value, String path) {

    public Anchor anchor() {
        return new Anchor(method, mirror, value);
    }
}

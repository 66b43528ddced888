package io.transmute.processor.model;

import io.transmute.processor.diagnostics.Diagnostics.Anchor;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/** One {@code @Link} as the user wrote it on a converter method. */
public record LinkDecl(
        ExecutableElement method, AnnotationMirror mirror, Anchor.Repeat position,
        String from, String fromParam, String to, String coercer) {

    public static LinkDecl read(ExecutableElement method, AnnotationMirror mirror, Anchor.Repeat position) {
        return new LinkDecl(method, mirror, position,
                Annotations.string(mirror, "from"),
                Annotations.string(mirror, "fromParam"),
                Annotations.string(mirror, "to"),
                Annotations.string(mirror, "coercer"));
    }

    /** Points a diagnostic at one attribute of this annotation. */
    public Anchor anchor(String attribute) {
        AnnotationValue value = attribute == null ? null : Annotations.explicitValue(mirror, attribute);
        Anchor.Repeat repeat = position == null ? null
                : new Anchor.Repeat(position.annotation(), position.index(), value == null ? null : attribute);
        return new Anchor(method, mirror, value, repeat);
    }

    public String describe() {
        return fromParam.isEmpty()
                ? "@Link(from = \"" + from + "\", to = \"" + to + "\")"
                : "@Link(fromParam = \"" + fromParam + "\", to = \"" + to + "\")";
    }
}

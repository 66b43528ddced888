package io.transmute.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The processor's only path to {@link Messager}. While a converter type is processed, its errors
 * are held back: they are printed together when the type is done, or dropped when the type is
 * deferred to the next round (so that no error is printed twice).
 */
public final class Diagnostics {
    private final Messager messager;
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private int errorCount;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Starts holding the errors of one converter type. */
    public void begin() {
        held.clear();
        holding = true;
        errorCount = 0;
    }

    /** Prints the held errors. */
    public void flush() {
        held.forEach(Runnable::run);
        held.clear();
        holding = false;
    }

    /** Drops the held errors: the type will be processed again. */
    public void discard() {
        held.clear();
        holding = false;
    }

    /** Whether the type being processed has errors. */
    public boolean hasErrors() {
        return errorCount > 0;
    }

    public int errorCount() {
        return errorCount;
    }

    public void error(Element element, Message message, Object... arguments) {
        error(element, null, null, message, arguments);
    }

    public void error(Anchor anchor, Message message, Object... arguments) {
        error(anchor.element(), anchor.annotation(), anchor.value(), message, arguments);
    }

    /** Reports on the element, on one of its annotations, or on a value of that annotation. */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value,
            Message message, Object... arguments) {
        String text = message.format(arguments);
        Runnable print;
        if (annotation == null) {
            print = () -> messager.printMessage(Diagnostic.Kind.ERROR, text, element);
        } else if (value == null) {
            print = () -> messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
        } else {
            print = () -> messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, value);
        }
        errorCount++;
        if (holding) {
            held.add(print);
        } else {
            print.run();
        }
    }

    /** Where a diagnostic points: an element, optionally one of its annotations and a value of it. */
    public record Anchor(Element element, AnnotationMirror annotation, AnnotationValue value) {
        public static Anchor of(Element element) {
            return new Anchor(element, null, null);
        }
    }
}

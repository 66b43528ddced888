package io.transmute.processor.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
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
    private final Optional<RepeatedAnnotationLocator> repeatedAnnotations;
    private final Set<Printed> printed = new HashSet<>();
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private int errorCount;

    public Diagnostics(ProcessingEnvironment environment) {
        this.messager = environment.getMessager();
        this.repeatedAnnotations = RepeatedAnnotationLocator.create(environment);
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

    /**
     * A warning on the element (a {@link Message} of kind WARNING); like errors, it is held until
     * the converter type is done, and dropped if the type is deferred.
     */
    public void warning(Element element, Message message, Object... arguments) {
        print(element, null, null, message, arguments);
    }

    /** A diagnostic about the whole compilation, such as a bad processor option: printed at once. */
    public void report(Message message, Object... arguments) {
        String text = message.format(arguments);
        if (message.kind() == Message.Kind.ERROR) {
            errorCount++;
        }
        messager.printMessage(kindOf(message), text);
    }

    public void error(Anchor anchor, Message message, Object... arguments) {
        if (anchor.repeat() != null && repeatedAnnotations.isPresent()) {
            String text = message.format(arguments);
            Element element = anchor.element();
            Anchor.Repeat repeat = anchor.repeat();
            hold(() -> {
                if (!repeatedAnnotations.get().print(kindOf(message), text, element, repeat)) {
                    messager.printMessage(kindOf(message), text, element);
                }
            }, anchor, text, true);
            return;
        }
        error(anchor.element(), anchor.annotation(), anchor.value(), message, arguments);
    }

    /** Reports on the element, on one of its annotations, or on a value of that annotation. */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value,
            Message message, Object... arguments) {
        print(element, annotation, value, message, arguments);
    }

    private void print(Element element, AnnotationMirror annotation, AnnotationValue value,
            Message message, Object... arguments) {
        String text = message.format(arguments);
        Diagnostic.Kind kind = kindOf(message);
        Runnable print;
        if (annotation == null) {
            print = () -> messager.printMessage(kind, text, element);
        } else if (value == null) {
            print = () -> messager.printMessage(kind, text, element, annotation);
        } else {
            print = () -> messager.printMessage(kind, text, element, annotation, value);
        }
        hold(print, new Anchor(element, annotation, value), text, message.kind() == Message.Kind.ERROR);
    }

    private static Diagnostic.Kind kindOf(Message message) {
        return message.kind() == Message.Kind.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    }

    /**
     * Counts an error and prints it (or a warning) now, or when the type is done. The same message on the same
     * element is printed once: a converter inherited by several types is checked with each.
     */
    private void hold(Runnable print, Anchor anchor, String text, boolean isError) {
        if (isError) {
            errorCount++;
        }
        Runnable once = () -> {
            if (printed.add(new Printed(anchor, text))) {
                print.run();
            }
        };
        if (holding) {
            held.add(once);
        } else {
            once.run();
        }
    }

    private record Printed(Anchor anchor, String text) {
    }

    /**
     * Where a diagnostic points: an element, optionally one of its annotations and a value of it;
     * {@code repeat} says which of several repeated annotations it is, when it is one.
     */
    public record Anchor(Element element, AnnotationMirror annotation, AnnotationValue value, Repeat repeat) {
        public Anchor(Element element, AnnotationMirror annotation, AnnotationValue value) {
            this(element, annotation, value, null);
        }

        public static Anchor of(Element element) {
            return new Anchor(element, null, null, null);
        }

        /** The {@code index}-th {@code @annotation} of the element, and the attribute if any. */
        public record Repeat(String annotation, int index, String attribute) {
        }
    }
}

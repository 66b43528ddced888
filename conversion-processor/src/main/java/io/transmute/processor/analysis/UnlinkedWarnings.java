package io.transmute.processor.analysis;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.UnlinkedPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties that {@code Unlinked.WARN} or {@code IGNORE} leave empty, and the warnings WARN
 * gives for them on each converter method. A nested conversion is planned once and shared by every
 * method that converts the same types, so it remembers what it leaves empty, relative to itself:
 * a method that reuses it is warned too, with the paths as that method sees them.
 */
final class UnlinkedWarnings {
    private final Diagnostics diagnostics;
    /** The nested conversions being planned, innermost first. */
    private final Deque<Frame> planning = new ArrayDeque<>();
    private final Map<NestedConversion, List<LeftEmpty>> planned = new IdentityHashMap<>();

    UnlinkedWarnings(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * One property left empty: {@code path} is its destination path and {@code label} names it in
     * messages; {@code hint} suggests a source property.
     */
    record LeftEmpty(String label, String type, String name, String hint, String path) {
    }

    /** A nested conversion being planned: its destination path, and what it leaves empty so far. */
    private record Frame(String pathPrefix, List<LeftEmpty> left) {
    }

    void beginNested(String pathPrefix) {
        planning.push(new Frame(pathPrefix, new ArrayList<>()));
    }

    void endNested(NestedConversion conversion) {
        Frame frame = planning.pop();
        List<LeftEmpty> relative = new ArrayList<>();
        for (LeftEmpty property : frame.left()) {
            String path = property.path().startsWith(frame.pathPrefix())
                    ? property.path().substring(frame.pathPrefix().length()) : property.path();
            relative.add(new LeftEmpty(null, property.type(), property.name(), property.hint(), path));
        }
        planned.put(conversion, List.copyOf(relative));
        if (!planning.isEmpty()) {
            planning.peek().left().addAll(frame.left());
        }
    }

    /** Whether the conversion, and those nested in it, link every property. */
    boolean linksEverything(NestedConversion conversion) {
        return planned.getOrDefault(conversion, List.of()).isEmpty();
    }

    void leftEmpty(ConverterMethod method, LeftEmpty property) {
        warn(method, property);
        if (!planning.isEmpty()) {
            planning.peek().left().add(property);
        }
    }

    /** A method reuses a conversion at {@code pathPrefix}, which {@code destinationLabel} names. */
    void reused(ConverterMethod method, NestedConversion conversion, String pathPrefix, String destinationLabel) {
        for (LeftEmpty relative : planned.getOrDefault(conversion, List.of())) {
            leftEmpty(method, new LeftEmpty(destinationLabel + "." + relative.path(), relative.type(),
                    relative.name(), relative.hint(), pathPrefix + relative.path()));
        }
    }

    private void warn(ConverterMethod method, LeftEmpty property) {
        if (method.unlinked() == UnlinkedPolicy.WARN) {
            diagnostics.warning(method.element(), Message.UNLINKED_LEFT_EMPTY, property.label(), property.type(),
                    property.name(), property.hint(), method.name() + "()", property.path(), property.path());
        }
    }
}

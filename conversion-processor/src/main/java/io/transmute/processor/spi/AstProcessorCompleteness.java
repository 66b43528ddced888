package io.transmute.processor.spi;

import io.transmute.processor.diagnostics.MissingType;
import io.transmute.processor.model.TypeCompleteness;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.mapstruct.ap.spi.AstModifyingAnnotationProcessor;

/**
 * Asks every MapStruct {@link AstModifyingAnnotationProcessor} (Lombok ships one) whether a type is
 * complete; the first that says no keeps the converter type waiting for the next round.
 */
final class AstProcessorCompleteness implements TypeCompleteness {
    private final List<AstModifyingAnnotationProcessor> processors;
    /** A type, once complete, stays complete: the plug-ins are asked once per compilation. */
    private final Set<String> complete = new HashSet<>();

    AstProcessorCompleteness(List<AstModifyingAnnotationProcessor> processors) {
        this.processors = List.copyOf(processors);
    }

    @Override
    public void requireComplete(TypeMirror type) {
        if (processors.isEmpty() || type.getKind() != TypeKind.DECLARED || complete.contains(type.toString())) {
            return;
        }
        for (AstModifyingAnnotationProcessor processor : processors) {
            if (!PluginCalls.call(processor, () -> processor.isTypeComplete(type))) {
                throw MissingType.incomplete(type.toString(), PluginCalls.name(processor));
            }
        }
        complete.add(type.toString());
    }
}

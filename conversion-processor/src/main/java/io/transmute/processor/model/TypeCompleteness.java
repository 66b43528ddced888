package io.transmute.processor.model;

import io.transmute.processor.diagnostics.MissingType;
import javax.lang.model.type.TypeMirror;

/**
 * Whether another annotation processor (Lombok, say) has finished changing a type. MapStruct's
 * {@code AstModifyingAnnotationProcessor} plug-ins answer through this seam.
 */
public interface TypeCompleteness {

    /**
     * @throws MissingType naming the plug-in when one says {@code type} is not complete yet: the
     *     converter type waits for the next round
     */
    void requireComplete(TypeMirror type);
}

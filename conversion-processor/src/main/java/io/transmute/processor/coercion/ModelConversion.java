package io.transmute.processor.coercion;

import java.util.List;
import javax.lang.model.type.TypeMirror;

/** A nested model-to-model conversion, generated as a private helper method. */
public interface ModelConversion {
    TypeMirror source();

    TypeMirror destination();

    /** Values the helper needs from its caller, in parameter order. */
    List<Capture> captures();
}

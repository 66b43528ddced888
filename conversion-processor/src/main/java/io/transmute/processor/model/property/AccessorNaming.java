package io.transmute.processor.model.property;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * Decides which methods read or write a property and what the property is called. This is the seam
 * where MapStruct's {@code AccessorNamingStrategy} plugs in; {@link JavaBeanNaming} is the default.
 */
public interface AccessorNaming {

    /** The property that {@code method} reads, if it is a getter. */
    Optional<String> readProperty(ExecutableElement method);

    /** The property that {@code method} writes, if it is a setter. */
    Optional<String> writeProperty(ExecutableElement method);
}

package io.transmute.processor.model.property;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * Decides which methods read or write a property, which check its presence, and what the property
 * is called. MapStruct's {@code AccessorNamingStrategy} (a user's plug-in, or MapStruct's default)
 * answers through this seam; record components are read as record components, not through it.
 */
public interface AccessorNaming {

    /** The property that {@code method} reads, if it is a getter. */
    Optional<String> readProperty(ExecutableElement method);

    /** The property that {@code method} writes, if it is a setter (fluent or not). */
    Optional<String> writeProperty(ExecutableElement method);

    /** The property whose presence {@code method} checks, if it is a presence checker ({@code hasX()}). */
    Optional<String> presenceProperty(ExecutableElement method);
}

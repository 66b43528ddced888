package io.transmute.processor.model;

import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Types that are never converted as nested models automatically. MapStruct's
 * {@code MappingExclusionProvider} plug-ins answer through this seam.
 */
public interface ModelExclusion {

    /** The plug-in that excludes {@code type}, if one does. */
    Optional<String> excludedBy(TypeElement type);
}

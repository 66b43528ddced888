package io.transmute.processor.model.property;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;

/**
 * Finds the builder of a destination type. MapStruct's {@code BuilderProvider} (a user's plug-in,
 * or MapStruct's default) answers through this seam.
 */
public interface BuilderLookup {

    /** The builder of {@code type}, if it has one. */
    Optional<Builder> builderOf(DeclaredType type);

    /**
     * @param creation a static method returning the builder, or a constructor of the builder
     * @param buildMethods the builder's methods that return the built object
     */
    record Builder(ExecutableElement creation, List<ExecutableElement> buildMethods) {
    }
}

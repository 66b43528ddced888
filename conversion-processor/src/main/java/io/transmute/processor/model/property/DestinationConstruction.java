package io.transmute.processor.model.property;

import java.util.List;
import javax.lang.model.element.PackageElement;
import javax.lang.model.type.DeclaredType;

/**
 * Decides how a destination model is created and filled: through its builder (found by MapStruct's
 * {@code BuilderProvider}) when allowed, otherwise through its constructor and setters.
 */
public interface DestinationConstruction {

    /**
     * How to create {@code type} from generated code in {@code fromPackage}.
     *
     * @param builders whether a builder, if the type has one, creates it
     * @throws NotConstructible with the reason when it cannot be created
     */
    Construction construction(DeclaredType type, PackageElement fromPackage, boolean builders)
            throws NotConstructible;

    /**
     * The properties of an existing {@code type} object that can be written in place: setters,
     * public fields, collections and maps filled through their getters. Empty for an immutable type.
     *
     * @throws NotConstructible with the reason when its setters cannot be called from generated code
     */
    List<DestinationProperty> updatableProperties(DeclaredType type, PackageElement fromPackage)
            throws NotConstructible;

    /** Why a type cannot be a destination model; the message completes "Cannot create X: ...". */
    final class NotConstructible extends Exception {
        public NotConstructible(String reason) {
            super(reason, null, false, false);
        }
    }
}

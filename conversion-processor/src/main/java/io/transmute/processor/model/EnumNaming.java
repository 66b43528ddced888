package io.transmute.processor.model;

import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * How enum constants are matched between two enums. MapStruct's {@code EnumMappingStrategy} (a
 * user's plug-in, or MapStruct's default: by name) answers through this seam.
 */
public interface EnumNaming {

    /** The name {@code constant} of {@code enumType} is matched by; empty when it stands for null. */
    Optional<String> matchName(TypeElement enumType, String constant);

    /** The constant of {@code enumType} that a null becomes, if any. */
    Optional<String> nullConstant(TypeElement enumType);

    /** The exception generated code throws for a constant it does not know. */
    TypeElement unexpectedValueException();
}

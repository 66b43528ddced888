package io.transmute.ecosystem.immutables;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Immutables accepts null for an attribute with any annotation of this simple name, and copies it
 * onto the fields and parameters it generates.
 */
@Retention(RetentionPolicy.CLASS)
public @interface Nullable {
}

package io.transmute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static or default (non-abstract) one-parameter method of a converter type as a coercer
 * from its parameter type to its return type. Every converter of the type, and of the types that
 * extend it, uses it wherever linking needs that pair of types.
 *
 * <p>A coercer is not called for a {@code null} value: the destination receives {@code null}.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Coercer {
}

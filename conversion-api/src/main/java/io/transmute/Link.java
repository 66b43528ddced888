package io.transmute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Links a value of the source, or an extra parameter, to a destination property whose name differs.
 *
 * <p>Exactly one of {@link #from()} and {@link #fromParam()} must be set.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Links.class)
public @interface Link {

    /** A dotted path in the source, such as {@code "author"} or {@code "author.name"}. */
    String from() default "";

    /** The name of an extra parameter of the converter method. */
    String fromParam() default "";

    /**
     * A dotted path in the destination, such as {@code "writer"}; {@code "writer.rating"} applies
     * inside the nested conversion of {@code writer}.
     */
    String to();

    /**
     * The name of a one-parameter method of the converter type (or a type it extends) that converts
     * the linked value. It beats every other coercion for this link.
     */
    String coercer() default "";
}

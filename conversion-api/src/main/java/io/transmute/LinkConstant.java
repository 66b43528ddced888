package io.transmute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fills a destination property with a constant: a literal parsed at compile time, or the result of
 * a no-argument factory method called once per conversion.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(LinkConstants.class)
public @interface LinkConstant {

    /** A dotted path in the destination. */
    String to();

    /**
     * A literal of the destination type: a String, a primitive or its box, an enum constant name, a
     * BigDecimal or a BigInteger. A literal that does not parse is a compile error.
     */
    String value() default "";

    /**
     * The name of a no-argument method of the converter type (or a type it extends) whose result
     * fills the property. Called once per conversion.
     */
    String factory() default "";
}

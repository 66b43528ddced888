package io.transmute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configuration of a converter type: how its implementation is obtained, which other converters it
 * reuses, and the defaults of its {@link Converter} methods' attributes.
 *
 * <p>Put it on a converter type, or on a type of its own that converter types share through
 * {@link #config()}. An attribute given explicitly wins over the same attribute of the shared
 * configuration, which wins over the processor option of the same name ({@code -Atransmute.unloaded=SKIP}),
 * which wins over the built-in default. An attribute given explicitly on a {@link Converter} method
 * wins over all of them.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConverterConfig {

    /**
     * A type annotated with {@code @ConverterConfig} whose attributes this configuration inherits;
     * that one may name another. A chain that comes back to a type it passed is a compile error.
     */
    Class<?> config() default void.class;

    /** How the implementation is obtained; see {@link ComponentModel}. */
    ComponentModel componentModel() default ComponentModel.DEFAULT;

    /**
     * Other converter types whose methods this one reuses as coercers and nested conversions (their
     * {@code @Converter} and {@code @Coercer} methods), after its own methods. Under a
     * dependency-injection component model they are injected by constructor; otherwise each is
     * created once, when the implementation is created: a converter type's generated
     * implementation, or a class through its no-argument constructor. A cycle is a compile error.
     * Written here, the list replaces the one of a shared {@link #config()}.
     */
    Class<?>[] uses() default {};

    /** Default of {@link Converter#unlinked()}. */
    Unlinked unlinked() default Unlinked.ERROR;

    /** Default of {@link Converter#unloaded()}. */
    Unloaded unloaded() default Unloaded.LOAD;

    /** Default of {@link Converter#references()}. */
    References references() default References.CHECKED;

    /** Default of {@link Converter#nulls()}. */
    Nulls nulls() default Nulls.SET;

    /** Default of {@link Converter#builders()}. */
    boolean builders() default true;
}

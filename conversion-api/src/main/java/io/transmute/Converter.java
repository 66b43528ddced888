package io.transmute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an abstract method of an interface or abstract class that Transmute implements at compile
 * time.
 *
 * <p>The first parameter is the <em>source</em>, further parameters are <em>extra values</em> that
 * can fill destination properties, and the return type is the <em>destination</em>. Source and
 * destination may be models (records, JavaBeans, constructor-initialised classes) or containers of
 * models such as {@code List<ReviewDto> toDtos(List<Review> reviews)}.
 *
 * <p>The implementation is the class {@code <InterfaceName>Impl} in the same package, obtained
 * with {@link Converters#get(Class)} or by plain {@code new} (or injected: see {@link ConverterConfig}).
 *
 * <p>An attribute not given here takes its value from the type's {@link ConverterConfig}, then from
 * the processor option of the same name ({@code -Atransmute.nulls=SKIP}), then the default shown.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Converter {

    /**
     * Destination paths that may stay unlinked, such as {@code "notes"} or {@code "writer.rating"}.
     * An unlinked property is left {@code null}, {@code Optional.empty()}, or for a JavaBean its
     * field's initial value. Naming a primitive property, or a path that is not in the destination,
     * is a compile error.
     */
    String[] allowUnlinked() default {};

    /**
     * What to do with destination properties that nothing links and {@link #allowUnlinked()} does not
     * name: a compile error (the default), a warning, or nothing. Primitive properties filled by a
     * constructor are always an error, since no value can stand for "unlinked".
     */
    Unlinked unlinked() default Unlinked.ERROR;

    /**
     * What to do with lazy JPA associations and lazy attributes that are not loaded: read them
     * (the default), leave the destination empty, or fail with a clear exception. Generated code
     * for plain models is not affected.
     */
    Unloaded unloaded() default Unloaded.LOAD;

    /**
     * How ids become JPA entity references. The method then declares a parameter of type
     * {@code jakarta.persistence.EntityManager} (or {@code org.hibernate.Session}), which is
     * context and never fills a property.
     */
    References references() default References.CHECKED;

    /**
     * For a method with an {@link Into} parameter: whether a null in the source sets the target's
     * property to null (the default) or leaves it as it is.
     */
    Nulls nulls() default Nulls.SET;

    /**
     * Whether a destination that has a builder (found by MapStruct's {@code BuilderProvider} rules: a
     * static {@code builder()} method, Immutables, FreeBuilder, or a user's provider) is created
     * through it. {@code false} creates it through its constructor and setters instead.
     */
    boolean builders() default true;
}

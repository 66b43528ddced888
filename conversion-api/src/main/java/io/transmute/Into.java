package io.transmute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of a {@link Converter} method that is updated in place instead of a new
 * destination being created: {@code void update(BookForm form, @Into Book book, EntityManager em)}.
 * The method returns {@code void} or that same object.
 *
 * <p>Properties the source links are written through setters (or public fields); properties
 * nothing links keep their values. For a JPA entity the {@code @Id} and {@code @Version} are never
 * changed, and collections are updated in place, never replaced.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Into {
}

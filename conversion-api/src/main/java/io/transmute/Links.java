package io.transmute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Container of repeated {@link Link} annotations. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Links {
    Link[] value();
}

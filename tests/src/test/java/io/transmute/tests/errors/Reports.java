package io.transmute.tests.errors;

import io.transmute.processor.diagnostics.Message;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The diagnostics a compile-error test expects; {@link ErrorsMessageCoverageTest} checks that every
 * {@link Message} a user can trigger has a test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Reports {
    Message[] value();
}

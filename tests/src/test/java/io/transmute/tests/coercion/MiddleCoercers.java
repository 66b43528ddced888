package io.transmute.tests.coercion;

/** Adds nothing but an inheritance step between {@link SharedCoercers} and a converter. */
public interface MiddleCoercers extends SharedCoercers {
}

package io.transmute.processor.diagnostics;

/**
 * Thrown to stop work on one converter type after its errors have been reported. The processor
 * catches it and goes on with the next type.
 */
public final class AbortConverter extends RuntimeException {
    public AbortConverter() {
        super(null, null, false, false);
    }
}

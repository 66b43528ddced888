package io.transmute.processor.diagnostics;

/**
 * Thrown when a type a converter depends on does not exist yet, typically because another
 * processor generates it in a later round. The converter type is retried in the next round.
 */
public final class MissingType extends RuntimeException {
    private final String typeName;

    public MissingType(String typeName) {
        super(typeName, null, false, false);
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }
}

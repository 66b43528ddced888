package io.transmute.processor.diagnostics;

import java.util.Optional;

/**
 * Thrown when a type a converter depends on does not exist yet, typically because another
 * processor generates it in a later round, or when a MapStruct plug-in says another processor has
 * not finished it yet ({@code plugin} names that plug-in). The converter type is retried in the
 * next round.
 */
public final class MissingType extends RuntimeException {
    private final String typeName;
    private final String plugin;

    public MissingType(String typeName) {
        this(typeName, null);
    }

    private MissingType(String typeName, String plugin) {
        super(typeName, null, false, false);
        this.typeName = typeName;
        this.plugin = plugin;
    }

    /** {@code typeName} exists, but the plug-in {@code plugin} reports it incomplete. */
    public static MissingType incomplete(String typeName, String plugin) {
        return new MissingType(typeName, plugin);
    }

    public String typeName() {
        return typeName;
    }

    /** The plug-in that kept the type incomplete; empty when the type does not exist. */
    public Optional<String> plugin() {
        return Optional.ofNullable(plugin);
    }
}

package io.transmute.processor.diagnostics;

/**
 * Thrown when a user's MapStruct plug-in throws: the processor reports it as a compile error on
 * the method being implemented (naming the plug-in), never as a crash of javac.
 */
public final class PluginFailed extends RuntimeException {
    private final String plugin;

    public PluginFailed(String plugin, Throwable cause) {
        super(cause.toString(), cause, false, false);
        this.plugin = plugin;
    }

    /** The plug-in's class name. */
    public String plugin() {
        return plugin;
    }
}

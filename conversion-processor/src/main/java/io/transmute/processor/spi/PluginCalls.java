package io.transmute.processor.spi;

import io.transmute.processor.diagnostics.MissingType;
import io.transmute.processor.diagnostics.PluginFailed;
import java.util.function.Supplier;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.mapstruct.ap.spi.TypeHierarchyErroneousException;

/**
 * Calls into plug-ins, whose failures must never crash javac: a plug-in that throws becomes a
 * compile error naming it, and one that finds a type not ready yet defers the converter type.
 */
final class PluginCalls {

    private PluginCalls() {
    }

    static <T> T call(Object plugin, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            throw failure(plugin, e);
        }
    }

    static void run(Object plugin, Runnable call) {
        call(plugin, () -> {
            call.run();
            return null;
        });
    }

    /**
     * What a plug-in's exception means: {@code TypeHierarchyErroneousException} (MapStruct's
     * "postpone to the next round") a deferral, anything else a failure of the plug-in.
     */
    static RuntimeException failure(Object plugin, Throwable thrown) {
        if (thrown instanceof TypeHierarchyErroneousException erroneous) {
            TypeMirror type = erroneous.getType();
            if (type == null || type.getKind() == TypeKind.ERROR) {
                return new MissingType(String.valueOf(type));
            }
            return MissingType.incomplete(type.toString(), name(plugin));
        }
        if (thrown instanceof MissingType || thrown instanceof PluginFailed) {
            // Thrown through the plug-in by Transmute's own seams (a naming strategy that reads types).
            return (RuntimeException) thrown;
        }
        return new PluginFailed(name(plugin), thrown);
    }

    static String name(Object plugin) {
        return plugin.getClass().getName();
    }
}

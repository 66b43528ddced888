package io.transmute.processor.spi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Finds plug-ins where MapStruct finds them: {@code META-INF/services/<interface>} files seen by
 * the processor's class loader, which javac builds from the annotation processor path.
 */
final class ServiceLookup {
    /** A broken services file may fail on every step; like MapStruct, give up after a few failures. */
    private static final int MAX_FAILURES = 5;

    private final ClassLoader loader;

    ServiceLookup(ClassLoader loader) {
        this.loader = loader;
    }

    /** The single implementation of a service, or why there is not exactly one (none is fine). */
    sealed interface Single<T> {
    }

    record Found<T>(Optional<T> service) implements Single<T> {
    }

    record Duplicate<T>(String first, String second) implements Single<T> {
    }

    record Unloadable<T>(String reason) implements Single<T> {
    }

    <T> Single<T> single(Class<T> service) {
        try {
            Iterator<T> found = ServiceLoader.load(service, loader).iterator();
            if (!found.hasNext()) {
                return new Found<>(Optional.empty());
            }
            T first = found.next();
            if (found.hasNext()) {
                return new Duplicate<>(first.getClass().getName(), found.next().getClass().getName());
            }
            return new Found<>(Optional.of(first));
        } catch (ServiceConfigurationError | LinkageError e) {
            return new Unloadable<>(describe(e));
        }
    }

    /** Every implementation that loads; each one that does not is passed to {@code skipped}. */
    <T> List<T> all(Class<T> service, Consumer<String> skipped) {
        List<T> loaded = new ArrayList<>();
        Iterator<T> found = ServiceLoader.load(service, loader).iterator();
        int failures = 0;
        while (failures < MAX_FAILURES) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                loaded.add(found.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                failures++;
                skipped.accept(describe(e));
            }
        }
        return loaded;
    }

    private static String describe(Throwable e) {
        String text = e.getMessage() != null ? e.getMessage() : e.toString();
        return e.getCause() == null ? text : text + " (" + e.getCause() + ")";
    }
}

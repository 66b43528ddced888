package io.transmute;

/**
 * Obtains the implementations that Transmute generates for converter types.
 */
public final class Converters {

    private static final ClassValue<Instance> INSTANCES = new ClassValue<>() {
        @Override
        protected Instance computeValue(Class<?> type) {
            return new Instance(type);
        }
    };

    private Converters() {
    }

    /**
     * Returns the generated implementation of {@code converterType}: {@code <Name>Impl} in the same
     * package ({@code Outer_InnerImpl} for a nested type). The instance is created once, on first
     * use, and shared; generated converters are stateless and thread-safe.
     *
     * @throws IllegalArgumentException if no implementation was generated for the type
     */
    public static <T> T get(Class<T> converterType) {
        return converterType.cast(INSTANCES.get(converterType).get());
    }

    /** The generated class name for {@code converterType}, as the processor writes it. */
    static String implementationName(Class<?> converterType) {
        StringBuilder simpleNames = new StringBuilder(converterType.getSimpleName());
        for (Class<?> outer = converterType.getEnclosingClass(); outer != null;
                outer = outer.getEnclosingClass()) {
            simpleNames.insert(0, outer.getSimpleName() + "_");
        }
        String packageName = converterType.getPackageName();
        return (packageName.isEmpty() ? "" : packageName + ".") + simpleNames + "Impl";
    }

    /** Creates the instance lazily, exactly once, even when ClassValue computes a holder twice. */
    private static final class Instance {
        private final Class<?> converterType;
        private Object instance;

        Instance(Class<?> converterType) {
            this.converterType = converterType;
        }

        synchronized Object get() {
            if (instance == null) {
                instance = create(converterType);
            }
            return instance;
        }

        private static Object create(Class<?> converterType) {
            String name = implementationName(converterType);
            try {
                Class<?> implementation = Class.forName(name, true, converterType.getClassLoader());
                return implementation.getConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("No generated converter " + name + " for "
                        + converterType.getName() + ": is the Transmute processor on the annotation"
                        + " processor path, and does the type declare @Converter methods?", e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + name, e);
            }
        }
    }
}

package io.transmute;

/**
 * How the generated implementation of a converter type is obtained: with {@link Converters#get}
 * (or {@code new}), or from a dependency-injection container. Chosen with
 * {@link ConverterConfig#componentModel()} or, for a whole project, with the processor option
 * {@code -Atransmute.defaultComponentModel=spring} (option values: {@code default}, {@code spring},
 * {@code jsr330}, {@code jakarta}, {@code jakarta-cdi}).
 */
public enum ComponentModel {
    /**
     * A public no-argument constructor that creates the types it {@linkplain ConverterConfig#uses()
     * uses}; {@link Converters#get} returns the shared instance.
     */
    DEFAULT,
    /** A Spring {@code @Component}; converters it {@linkplain ConverterConfig#uses() uses} come by constructor. */
    SPRING,
    /** {@code @javax.inject.Singleton @javax.inject.Named}, with an {@code @Inject} constructor. */
    JSR330,
    /** {@code @jakarta.inject.Singleton @jakarta.inject.Named}, with an {@code @Inject} constructor. */
    JAKARTA,
    /**
     * A CDI bean, {@code @jakarta.enterprise.context.ApplicationScoped}, with an {@code @Inject}
     * constructor; the class is not final and has a protected no-argument constructor, so that the
     * container can create its client proxy.
     */
    JAKARTA_CDI
}

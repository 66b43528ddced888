package io.transmute.processor.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * {@code io.transmute.ComponentModel}, read by name: how the generated implementation is obtained,
 * with the annotations it carries and the library that defines them.
 */
public enum ComponentModelKind {
    DEFAULT("default", List.of(), null, null),
    SPRING("spring", List.of("org.springframework.stereotype.Component"), null, "org.springframework:spring-context"),
    JSR330("jsr330", List.of("javax.inject.Singleton", "javax.inject.Named"), "javax.inject.Inject",
            "javax.inject:javax.inject"),
    JAKARTA("jakarta", List.of("jakarta.inject.Singleton", "jakarta.inject.Named"), "jakarta.inject.Inject",
            "jakarta.inject:jakarta.inject-api"),
    JAKARTA_CDI("jakarta-cdi", List.of("jakarta.enterprise.context.ApplicationScoped"), "jakarta.inject.Inject",
            "jakarta.enterprise:jakarta.enterprise.cdi-api");

    private final String optionValue;
    private final List<String> classAnnotations;
    private final String inject;
    private final String artifact;

    ComponentModelKind(String optionValue, List<String> classAnnotations, String inject, String artifact) {
        this.optionValue = optionValue;
        this.classAnnotations = classAnnotations;
        this.inject = inject;
        this.artifact = artifact;
    }

    /** How {@code -Atransmute.defaultComponentModel} names it: {@code jakarta-cdi}. */
    public String optionValue() {
        return optionValue;
    }

    /** The annotations the generated class carries, by qualified name. */
    public List<String> classAnnotations() {
        return classAnnotations;
    }

    /**
     * The annotation of the constructor that receives the used converters; null when the container
     * needs none (Spring calls a class's only constructor).
     */
    public String inject() {
        return inject;
    }

    /** The Maven coordinates of the library that defines the annotations. */
    public String artifact() {
        return artifact;
    }

    /** Whether a container creates the implementation and passes it the converters it uses. */
    public boolean isInjected() {
        return this != DEFAULT;
    }

    /**
     * Whether the container wraps the bean in a client proxy, a subclass created through a
     * non-private no-argument constructor (CDI's normal scopes).
     */
    public boolean isProxied() {
        return this == JAKARTA_CDI;
    }

    /** The annotations the component model needs on the class path, for a type with and without uses. */
    public List<String> requiredAnnotations(boolean injectsConverters) {
        if (inject == null || !injectsConverters) {
            return classAnnotations;
        }
        return Stream.concat(classAnnotations.stream(), Stream.of(inject)).toList();
    }
}

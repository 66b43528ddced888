package io.transmute.processor.model;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.diagnostics.MissingType;
import io.transmute.processor.model.ConverterMethod.NullPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the {@code @ConverterConfig} of a converter type and of the shared configurations it names
 * with {@code config}. An attribute takes the first explicit value along that chain, then the
 * processor option's, then the built-in default.
 */
public final class ConverterConfigReader {
    private final TypeTools tools;
    private final Diagnostics diagnostics;
    private final ConverterSettings projectDefaults;

    public ConverterConfigReader(TypeTools tools, Diagnostics diagnostics, ConverterSettings projectDefaults) {
        this.tools = tools;
        this.diagnostics = diagnostics;
        this.projectDefaults = projectDefaults;
    }

    /** One {@code @ConverterConfig} of the chain, on the type it annotates. */
    record Layer(TypeElement element, AnnotationMirror mirror) {
    }

    /** A type listed in {@code uses}, with the configuration that lists it. */
    record UsesEntry(TypeMirror type, AnnotationValue value, Layer layer) {
    }

    /**
     * The configuration in force for {@code type}: its settings, the types it uses, and its own
     * {@code @ConverterConfig} (null when it has none), where problems with them are reported.
     */
    public record Configuration(ConverterSettings settings, List<UsesEntry> uses, AnnotationMirror mirror) {
    }

    /** Reads the configuration of the type being processed, reporting a broken chain of configs. */
    public Configuration read(TypeElement type) {
        return read(type, true);
    }

    /** Reads another type's configuration, leaving its problems to its own processing. */
    Configuration readQuietly(TypeElement type) {
        return read(type, false);
    }

    private Configuration read(TypeElement type, boolean report) {
        List<Layer> layers = layers(type, report);
        ConverterSettings settings = new ConverterSettings(
                enumValue(layers, "componentModel", ComponentModelKind.class, projectDefaults.componentModel()),
                enumValue(layers, "unlinked", UnlinkedPolicy.class, projectDefaults.unlinked()),
                enumValue(layers, "unloaded", UnloadedPolicy.class, projectDefaults.unloaded()),
                enumValue(layers, "references", ReferencePolicy.class, projectDefaults.references()),
                enumValue(layers, "nulls", NullPolicy.class, projectDefaults.nulls()),
                booleanValue(layers, "builders", projectDefaults.builders()));
        return new Configuration(settings, uses(layers),
                Annotations.find(type, AnnotationNames.CONVERTER_CONFIG).orElse(null));
    }

    /**
     * Reports a component model whose annotations are not on the compile class path: the generated
     * class would not compile.
     */
    public void checkClassPath(TypeElement type, Configuration configuration, boolean injectsConverters) {
        ComponentModelKind model = configuration.settings().componentModel();
        for (String annotation : model.requiredAnnotations(injectsConverters)) {
            if (tools.elements().getTypeElement(annotation) == null) {
                diagnostics.error(type, configuration.mirror(), null, Message.COMPONENT_MODEL_MISSING,
                        type.getSimpleName(), model, annotation, model.artifact());
                return;
            }
        }
    }

    /** The type's own configuration, then each one named by the previous one's {@code config}. */
    private List<Layer> layers(TypeElement type, boolean report) {
        List<Layer> layers = new ArrayList<>();
        TypeElement current = type;
        Optional<AnnotationMirror> mirror = Annotations.find(type, AnnotationNames.CONVERTER_CONFIG);
        while (mirror.isPresent()) {
            Layer layer = new Layer(current, mirror.get());
            layers.add(layer);
            AnnotationValue config = Annotations.explicitValue(mirror.get(), "config");
            if (config == null) {
                break;
            }
            TypeMirror named = classValue(config, "config");
            if (named.getKind() == TypeKind.VOID) {
                break;
            }
            // A shared configuration that another processor generates is waited for.
            tools.requireResolved(named);
            Optional<TypeElement> next = tools.typeElement(named);
            mirror = next.flatMap(element -> Annotations.find(element, AnnotationNames.CONVERTER_CONFIG));
            if (mirror.isEmpty()) {
                if (report) {
                    diagnostics.error(current, layer.mirror(), config, Message.CONFIG_NOT_ANNOTATED,
                            tools.display(named) + ".class", tools.display(named));
                }
                break;
            }
            int seen = indexOf(layers, next.get());
            if (seen >= 0) {
                if (report) {
                    String cycle = layers.subList(seen, layers.size()).stream()
                            .map(l -> TypeTools.nestedSimpleName(l.element()))
                            .collect(Collectors.joining(" -> ")) + " -> " + TypeTools.nestedSimpleName(next.get());
                    diagnostics.error(current, layer.mirror(), config, Message.CONFIG_CYCLE, cycle);
                }
                break;
            }
            current = next.get();
        }
        return layers;
    }

    private static int indexOf(List<Layer> layers, TypeElement element) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).element().equals(element)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every {@code uses} along the chain, nearest first: a shared configuration's used types add to
     * a type's own (as MapStruct's {@code @MapperConfig(uses)} does), each type once.
     */
    private static List<UsesEntry> uses(List<Layer> layers) {
        List<UsesEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Layer layer : layers) {
            AnnotationValue uses = Annotations.explicitValue(layer.mirror(), "uses");
            if (uses == null) {
                continue;
            }
            List<?> items = uses.getValue() instanceof List<?> list ? list : List.of(uses);
            for (Object item : items) {
                AnnotationValue value = (AnnotationValue) item;
                TypeMirror type = classValue(value, "uses");
                if (seen.add(type.toString())) {
                    entries.add(new UsesEntry(type, value, layer));
                }
            }
        }
        return entries;
    }

    /**
     * A class literal's type. javac gives a class it cannot resolve as an error value, not a type:
     * another processor may still generate that class, so the converter type waits for it.
     */
    private static TypeMirror classValue(AnnotationValue value, String attribute) {
        if (value.getValue() instanceof TypeMirror type) {
            return type;
        }
        throw new MissingType("the class named by @ConverterConfig(" + attribute + " = ...)");
    }

    private static <E extends Enum<E>> E enumValue(List<Layer> layers, String attribute, Class<E> type, E fallback) {
        for (Layer layer : layers) {
            AnnotationValue value = Annotations.explicitValue(layer.mirror(), attribute);
            if (value != null && value.getValue() instanceof VariableElement constant) {
                return constantOf(type, constant.getSimpleName().toString(), fallback);
            }
        }
        return fallback;
    }

    /** The processor's mirror of an API enum constant; a constant it does not know keeps the fallback. */
    static <E extends Enum<E>> E constantOf(Class<E> type, String name, E fallback) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return fallback;
    }

    private static boolean booleanValue(List<Layer> layers, String attribute, boolean fallback) {
        for (Layer layer : layers) {
            AnnotationValue value = Annotations.explicitValue(layer.mirror(), attribute);
            if (value != null && value.getValue() instanceof Boolean enabled) {
                return enabled;
            }
        }
        return fallback;
    }
}

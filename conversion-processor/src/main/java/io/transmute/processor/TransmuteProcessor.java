package io.transmute.processor;

import io.transmute.processor.analysis.ConversionPlanner;
import io.transmute.processor.analysis.MethodPlan;
import io.transmute.processor.diagnostics.AbortConverter;
import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.diagnostics.MissingType;
import io.transmute.processor.diagnostics.PluginFailed;
import io.transmute.processor.generation.ConverterWriter;
import io.transmute.processor.jpa.JpaTypes;
import io.transmute.processor.model.ConverterMethod;
import io.transmute.processor.model.ConverterSettings;
import io.transmute.processor.model.ConverterType;
import io.transmute.processor.model.AnnotationNames;
import io.transmute.processor.model.ConverterTypeReader;
import io.transmute.processor.model.Plugins;
import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.BuilderOrConstructor;
import io.transmute.processor.model.property.SourceProperties;
import io.transmute.processor.spi.MapStructPlugins;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Implements every {@code @Converter} method at compile time. Each converter type is processed on
 * its own: its errors are all reported and it gets no implementation, while the other types still
 * do; a type that refers to a type not generated yet is retried in the next round.
 */
public final class TransmuteProcessor extends AbstractProcessor {
    private TypeTools tools;
    private Diagnostics diagnostics;
    private ConverterTypes converterTypes;
    private ConverterSettings projectDefaults;
    private MapStructPlugins plugins;
    /** Types waiting for a missing (or incomplete) type, by qualified name, with what they wait for. */
    private final Map<String, MissingType> deferred = new LinkedHashMap<>();
    /** Generated implementation names, with the converter type each was generated for. */
    private final Map<String, String> implementations = new HashMap<>();

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        tools = new TypeTools(environment.getTypeUtils(), environment.getElementUtils());
        diagnostics = new Diagnostics(environment);
        converterTypes = new ConverterTypes(tools, diagnostics);
        plugins = new MapStructPlugins(environment, diagnostics);
        projectDefaults = ProcessorOptions.read(environment.getOptions(), diagnostics);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.names();
    }

    /** All of Transmute's annotations: a round with any of them is a round to look at. */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(AnnotationNames.CONVERTER, AnnotationNames.LINK, AnnotationNames.LINKS,
                AnnotationNames.LINK_CONSTANT, AnnotationNames.LINK_CONSTANTS, AnnotationNames.COERCER,
                AnnotationNames.CONVERTER_CONFIG);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<String> names = new ArrayList<>(deferred.keySet());
        deferred.clear();
        for (String name : converterTypes.find(round)) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        for (String name : names) {
            TypeElement type = tools.elements().getTypeElement(name);
            if (type != null) {
                process(type);
            }
        }
        if (round.processingOver()) {
            // A type that exists but cannot be seen (package-private elsewhere) is javac's to report.
            deferred.forEach((name, missing) -> {
                TypeElement type = tools.elements().getTypeElement(name);
                if (missing.plugin().isPresent()) {
                    diagnostics.error(type, Message.TYPE_INCOMPLETE, name, missing.plugin().get(), missing.typeName());
                } else if (tools.elements().getTypeElement(missing.typeName()) == null) {
                    diagnostics.error(type, Message.UNRESOLVED_TYPE, name, missing.typeName());
                }
            });
            deferred.clear();
        }
        // Never claim: a processor that asks for "*" (Lombok does) would not be called in a round
        // whose annotations are all claimed.
        return false;
    }

    private void process(TypeElement type) {
        // Problems with the plug-ins are reported once, on the first type, and never discarded.
        Optional<Plugins> loaded = plugins.get(type);
        if (loaded.isEmpty()) {
            return;
        }
        Plugins plugin = loaded.get();
        diagnostics.begin();
        try {
            ConverterType converterType = new ConverterTypeReader(tools, diagnostics, projectDefaults).read(type);
            JpaTypes jpa = new JpaTypes(tools);
            ConversionPlanner planner = new ConversionPlanner(tools, diagnostics, converterType,
                    new SourceProperties(tools, plugin.naming(), plugin.completeness(), jpa::isEntity),
                    new BuilderOrConstructor(tools, plugin.naming(), plugin.builders(), plugin.completeness()),
                    jpa, plugin);
            List<MethodPlan> plans = new ArrayList<>();
            for (ConverterMethod method : converterType.converters()) {
                plan(planner, method, plans);
            }
            if (!diagnostics.hasErrors() && claimImplementationName(converterType)) {
                new ConverterWriter(tools).write(converterType, plans).writeTo(processingEnv.getFiler());
            }
            diagnostics.flush();
        } catch (MissingType missing) {
            // Another processor may generate it in a later round: forget this round's findings.
            diagnostics.discard();
            deferred.put(type.getQualifiedName().toString(), missing);
        } catch (AbortConverter abort) {
            diagnostics.flush();
        } catch (PluginFailed failed) {
            diagnostics.error(type, Message.PLUGIN_FAILED, failed.plugin(), type.getQualifiedName(), failed.getMessage());
            diagnostics.flush();
        } catch (IOException | RuntimeException | Error e) {
            diagnostics.error(type, Message.INTERNAL_ERROR, type.getQualifiedName(), stackTrace(e));
            diagnostics.flush();
        }
    }

    /**
     * Reserves the name of the class to generate, unless a user's type or another converter's
     * implementation already has it ({@code Outer.Inner} and {@code Outer_Inner} both want
     * {@code Outer_InnerImpl}).
     */
    private boolean claimImplementationName(ConverterType converterType) {
        String packageName = converterType.packageElement().getQualifiedName().toString();
        String name = (packageName.isEmpty() ? "" : packageName + ".") + converterType.implementationName();
        String converterName = converterType.element().getQualifiedName().toString();
        String owner = implementations.putIfAbsent(name, converterName);
        String problem = null;
        if (owner != null && !owner.equals(converterName)) {
            problem = "it is already generated for " + owner;
        } else if (owner == null && tools.elements().getTypeElement(name) != null
                && !tools.types().isSubtype(tools.elements().getTypeElement(name).asType(),
                        tools.types().erasure(converterType.element().asType()))) {
            // A class of that name implementing the converter type is this processor's earlier output
            // (a rebuild that keeps old classes on the class path): it is regenerated.
            problem = "a type of that name already exists";
        }
        if (problem != null) {
            diagnostics.error(converterType.element(), Message.IMPLEMENTATION_NAME_TAKEN, name, converterName, problem);
            return false;
        }
        return true;
    }

    /** An unexpected failure becomes a compile error on the method, and the other methods go on. */
    private void plan(ConversionPlanner planner, ConverterMethod method, List<MethodPlan> plans) {
        try {
            MethodPlan plan = planner.plan(method);
            if (plan != null) {
                plans.add(plan);
            }
        } catch (MissingType | AbortConverter expected) {
            throw expected;
        } catch (PluginFailed failed) {
            diagnostics.error(method.element(), Message.PLUGIN_FAILED, failed.plugin(), method.name() + "()",
                    failed.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(method.element(), Message.INTERNAL_ERROR, method.name() + "()", stackTrace(e));
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}

package io.transmute.processor.spi;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.diagnostics.PluginFailed;
import io.transmute.processor.model.Plugins;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import org.mapstruct.ap.spi.AccessorNamingStrategy;
import org.mapstruct.ap.spi.AstModifyingAnnotationProcessor;
import org.mapstruct.ap.spi.BuilderProvider;
import org.mapstruct.ap.spi.DefaultAccessorNamingStrategy;
import org.mapstruct.ap.spi.DefaultBuilderProvider;
import org.mapstruct.ap.spi.DefaultEnumMappingStrategy;
import org.mapstruct.ap.spi.EnumMappingStrategy;
import org.mapstruct.ap.spi.FreeBuilderAccessorNamingStrategy;
import org.mapstruct.ap.spi.ImmutablesAccessorNamingStrategy;
import org.mapstruct.ap.spi.ImmutablesBuilderProvider;
import org.mapstruct.ap.spi.MapStructProcessingEnvironment;
import org.mapstruct.ap.spi.MappingExclusionProvider;

/**
 * The MapStruct plug-ins of one compilation, loaded as MapStruct loads them: from the annotation
 * processor path, at most one of each strategy (MapStruct's default otherwise, chosen by whether
 * Immutables or FreeBuilder is on the class path), every AST-modifying processor that loads.
 * They are loaded when the first converter type needs them, so that a module that only
 * implements plug-ins is not affected; problems are reported once, on that type.
 */
public final class MapStructPlugins {
    private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
    private static final String FREE_BUILDER = "org.inferred.freebuilder.FreeBuilder";

    private final ProcessingEnvironment environment;
    private final Diagnostics diagnostics;
    private final ServiceLookup services = new ServiceLookup(MapStructPlugins.class.getClassLoader());
    private Optional<Plugins> plugins;

    public MapStructPlugins(ProcessingEnvironment environment, Diagnostics diagnostics) {
        this.environment = environment;
        this.diagnostics = diagnostics;
    }

    /** The plug-ins; empty when they cannot be used, which was reported on the first converter type. */
    public Optional<Plugins> get(TypeElement converterType) {
        if (plugins == null) {
            plugins = load(converterType);
        }
        return plugins;
    }

    private Optional<Plugins> load(TypeElement converterType) {
        boolean immutables = environment.getElementUtils().getTypeElement(IMMUTABLE) != null;
        boolean freeBuilder = environment.getElementUtils().getTypeElement(FREE_BUILDER) != null;
        List<String> problems = new ArrayList<>();
        AccessorNamingStrategy naming = single(AccessorNamingStrategy.class, converterType, problems,
                immutables ? new ImmutablesAccessorNamingStrategy()
                        : freeBuilder ? new FreeBuilderAccessorNamingStrategy() : new DefaultAccessorNamingStrategy());
        BuilderProvider builders = single(BuilderProvider.class, converterType, problems,
                immutables ? new ImmutablesBuilderProvider() : new DefaultBuilderProvider());
        EnumMappingStrategy enums = single(EnumMappingStrategy.class, converterType, problems,
                new DefaultEnumMappingStrategy());
        MappingExclusionProvider exclusion = single(MappingExclusionProvider.class, converterType, problems, null);
        List<AstModifyingAnnotationProcessor> processors = services.all(AstModifyingAnnotationProcessor.class,
                reason -> diagnostics.report(Message.AST_PROCESSOR_SKIPPED, reason));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        MapStructProcessingEnvironment pluginEnvironment = new MapStructEnvironment(environment);
        try {
            PluginCalls.run(naming, () -> naming.init(pluginEnvironment));
            PluginCalls.run(builders, () -> builders.init(pluginEnvironment));
            PluginCalls.run(enums, () -> enums.init(pluginEnvironment));
        } catch (PluginFailed failed) {
            diagnostics.error(converterType, Message.PLUGIN_FAILED, failed.plugin(),
                    converterType.getQualifiedName(), failed.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Plugins(new StrategyNaming(naming), new ProviderBuilders(builders, diagnostics),
                new StrategyEnumNaming(enums, environment.getElementUtils(), environment.getTypeUtils()),
                new ProviderExclusion(exclusion),
                new AstProcessorCompleteness(processors)));
    }

    /** The one implementation on the processor path, or {@code fallback}; a problem is reported and listed. */
    private <T> T single(Class<T> service, TypeElement converterType, List<String> problems, T fallback) {
        ServiceLookup.Single<T> found = services.single(service);
        if (found instanceof ServiceLookup.Found<T> one) {
            return one.service().orElse(fallback);
        }
        if (found instanceof ServiceLookup.Duplicate<T> duplicate) {
            diagnostics.error(converterType, Message.PLUGIN_DUPLICATE, service.getSimpleName(),
                    duplicate.first(), duplicate.second());
        } else {
            diagnostics.error(converterType, Message.PLUGIN_NOT_LOADED, service.getSimpleName(),
                    ((ServiceLookup.Unloadable<T>) found).reason());
        }
        problems.add(service.getSimpleName());
        return fallback;
    }
}

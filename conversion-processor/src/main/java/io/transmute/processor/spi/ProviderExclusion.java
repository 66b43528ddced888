package io.transmute.processor.spi;

import io.transmute.processor.model.ModelExclusion;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import org.mapstruct.ap.spi.MappingExclusionProvider;

/**
 * Types a MapStruct {@link MappingExclusionProvider} excludes from automatic nested conversions.
 * Without one nothing is excluded: the Java platform's types, which MapStruct's default provider
 * excludes, are values to Transmute anyway.
 */
final class ProviderExclusion implements ModelExclusion {
    private final MappingExclusionProvider provider;

    /** @param provider the user's provider, or null */
    ProviderExclusion(MappingExclusionProvider provider) {
        this.provider = provider;
    }

    @Override
    public Optional<String> excludedBy(TypeElement type) {
        if (provider == null || !PluginCalls.call(provider, () -> provider.isExcluded(type))) {
            return Optional.empty();
        }
        return Optional.of(PluginCalls.name(provider));
    }
}

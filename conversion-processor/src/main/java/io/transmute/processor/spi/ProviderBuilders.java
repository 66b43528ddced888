package io.transmute.processor.spi;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.model.property.BuilderLookup;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.type.DeclaredType;
import org.mapstruct.ap.spi.BuilderInfo;
import org.mapstruct.ap.spi.BuilderProvider;
import org.mapstruct.ap.spi.MoreThanOneBuilderCreationMethodException;

/**
 * Builders found by a MapStruct {@link BuilderProvider}. Several creation methods make MapStruct
 * warn and use no builder; so does Transmute.
 */
final class ProviderBuilders implements BuilderLookup {
    private final BuilderProvider provider;
    private final Diagnostics diagnostics;

    ProviderBuilders(BuilderProvider provider, Diagnostics diagnostics) {
        this.provider = provider;
        this.diagnostics = diagnostics;
    }

    @Override
    public Optional<Builder> builderOf(DeclaredType type) {
        BuilderInfo info;
        try {
            info = provider.findBuilderInfo(type);
        } catch (MoreThanOneBuilderCreationMethodException ambiguous) {
            diagnostics.warning(type.asElement(), Message.BUILDER_CREATION_AMBIGUOUS, type,
                    ambiguous.getBuilderInfo().stream()
                            .map(found -> found.getBuilderCreationMethod().getSimpleName() + "()")
                            .collect(Collectors.joining(", ")));
            return Optional.empty();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            throw PluginCalls.failure(provider, e);
        }
        if (info == null) {
            return Optional.empty();
        }
        return Optional.of(new Builder(info.getBuilderCreationMethod(), List.copyOf(info.getBuildMethods())));
    }
}

package io.transmute.processor.model;

import io.transmute.processor.model.ConverterMethod.NullPolicy;

/**
 * The values of the attributes a {@code @ConverterConfig} configures: project-wide ones from the
 * processor options, or those in force for one converter type. Its {@code @Converter} methods take
 * the policies as defaults.
 */
public record ConverterSettings(ComponentModelKind componentModel, UnlinkedPolicy unlinked, UnloadedPolicy unloaded,
        ReferencePolicy references, NullPolicy nulls, boolean builders) {

    /** The defaults written in the annotations' declarations. */
    public static final ConverterSettings BUILT_IN = new ConverterSettings(ComponentModelKind.DEFAULT,
            UnlinkedPolicy.ERROR, UnloadedPolicy.LOAD, ReferencePolicy.CHECKED, NullPolicy.SET, true);
}

package io.transmute.processor.model;

import io.transmute.processor.model.property.AccessorNaming;
import io.transmute.processor.model.property.BuilderLookup;

/**
 * What MapStruct plug-ins (or MapStruct's defaults) decide for one compilation: accessor naming,
 * builders, enum constants, excluded models, and whether types are complete yet.
 */
public record Plugins(AccessorNaming naming, BuilderLookup builders, EnumNaming enums,
        ModelExclusion exclusions, TypeCompleteness completeness) {
}

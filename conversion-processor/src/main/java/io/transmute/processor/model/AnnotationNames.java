package io.transmute.processor.model;

/**
 * The annotations Transmute reads, by name: the processor does not link against conversion-api,
 * so a user's build may use any version of it on the annotation processor path.
 */
public final class AnnotationNames {
    public static final String CONVERTER = "io.transmute.Converter";
    public static final String LINK = "io.transmute.Link";
    public static final String LINKS = "io.transmute.Links";
    public static final String LINK_CONSTANT = "io.transmute.LinkConstant";
    public static final String LINK_CONSTANTS = "io.transmute.LinkConstants";
    public static final String COERCER = "io.transmute.Coercer";
    public static final String INTO = "io.transmute.Into";
    public static final String CONVERTER_CONFIG = "io.transmute.ConverterConfig";
    /** A MapStruct mapper that a converter type uses while a project migrates one mapper at a time. */
    public static final String MAPSTRUCT_MAPPER = "org.mapstruct.Mapper";

    private AnnotationNames() {
    }
}

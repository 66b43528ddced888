package io.transmute.processor.diagnostics;

/**
 * Every diagnostic Transmute reports. Each message starts with a stable tag such as
 * {@code [Transmute/Unlinked]} so that users can search for it and tests can rely on it.
 */
public enum Message {
    NOT_ABSTRACT("NotAbstract",
            "@Converter method %s must be abstract: Transmute writes its body"),
    NOT_IN_ABSTRACT_TYPE("EnclosingType",
            "@Converter method %s must be declared in an interface or an abstract class, not in %s"),
    TYPE_NOT_IMPLEMENTABLE("EnclosingType",
            "%s cannot be implemented by Transmute: %s"),
    IMPLEMENTATION_NAME_TAKEN("EnclosingType",
            "Transmute would generate %s for %s, but %s; rename one of the types"),
    NOT_ACCESSIBLE("Access",
            "%s (%s) needs %s, which is not accessible from package %s, where the generated %s is;"
                    + " make it public or move the converter into its package"),
    ABSTRACT_NOT_CONVERTER("AbstractMethod",
            "%s is abstract but not a @Converter, so the generated %s could not implement it;"
                    + " annotate it with @Converter or give it a body"),
    NO_SOURCE("Signature",
            "@Converter method %s needs a source parameter: the first parameter is the source"),
    VOID_RESULT("Signature",
            "@Converter method %s must return the destination type, not void"),
    GENERIC_METHOD("Signature",
            "@Converter method %s must not declare type parameters; declare one method per type"),
    INTO_MISPLACED("Into",
            "@Converter method %s may have one @Into parameter, after the source (the first parameter)"),
    INTO_RESULT("Into",
            "@Converter method %s updates its @Into parameter, so it must return void or that object,"
                    + " not %s; declare it to return void or %s"),
    INTO_NOT_UPDATABLE("Into",
            "@Into %s (%s) cannot be updated in place: %s"),
    INTO_CHILD_ENTITIES("Into",
            "%s (%s) holds entities that an update from %s (%s) would have to match by id, which"
                    + " Transmute does not do yet: replacing them would delete every child. List \"%s\" in"
                    + " allowUnlinked and update the children yourself"),
    CHILD_ID_MISSING("Into",
            "%s (%s) is updated by matching its children by id with the elements of %s, which have no"
                    + " property '%s' of type %s to match them by; add one, or list the collection in"
                    + " allowUnlinked and update the children yourself"),
    INTO_ENTITY_KEY("Into",
            "%s links into %s, the entity's %s, which an update never changes; remove the link"),
    UNLINKED("Unlinked",
            "%s (%s) is not linked: no source property or parameter named '%s'%s."
                    + " Add @Link(from = \"...\", to = \"%s\") or list \"%s\" in allowUnlinked"),
    UNKNOWN_ALLOW_UNLINKED("UnknownPath",
            "allowUnlinked names \"%s\", but %s has no property '%s'%s"),
    PRIMITIVE_ALLOW_UNLINKED("AllowUnlinked",
            "allowUnlinked names %s, but its type %s is primitive and cannot stay unset;"
                    + " link it, or use %s"),
    LINK_BOTH_SOURCES("LinkSource",
            "@Link(to = \"%s\") sets both from = \"%s\" and fromParam = \"%s\"; set exactly one"),
    LINK_NO_SOURCE("LinkSource",
            "@Link(to = \"%s\") sets neither from nor fromParam; set exactly one"),
    UNKNOWN_FROM("UnknownPath",
            "@Link from = \"%s\": %s has no property '%s'%s"),
    UNKNOWN_TO("UnknownPath",
            "%s to = \"%s\": %s has no property '%s'%s"),
    MALFORMED_PATH("UnknownPath",
            "%s = \"%s\" is not a property path: write property names separated by dots, such as"
                    + " \"author.name\""),
    PATH_NOT_MODEL("UnknownPath",
            "%s = \"%s\": '%s' is %s, which has no properties to read '%s' from"),
    UNKNOWN_PARAM("UnknownParam",
            "@Link fromParam = \"%s\": %s has no parameter named '%s'%s"),
    UNKNOWN_METHOD("UnknownMethod",
            "%s = \"%s\": %s has no method named '%s'%s"),
    COERCER_MISMATCH("CoercerSignature",
            "coercer %s cannot convert %s (%s) to %s (%s): it must take one parameter that"
                    + " accepts %s and return a type assignable to %s"),
    FACTORY_MISMATCH("FactorySignature",
            "@LinkConstant factory %s cannot fill %s: %s"),
    CHECKED_EXCEPTION("CoercerSignature",
            "%s names %s, which declares %s: the generated converter could not pass a checked"
                    + " exception on; catch it in the method, or rethrow it unchecked"),
    INVALID_COERCER_METHOD("CoercerSignature",
            "@Coercer method %s must %s"),
    DUPLICATE_LINK("DuplicateLink",
            "%s is linked twice: %s would be overwritten by %s; keep one"),
    CONSTANT_VALUE_AND_FACTORY("Constant",
            "@LinkConstant(to = \"%s\") sets both value and factory; set one"),
    CONSTANT_UNPARSEABLE("Constant",
            "@LinkConstant(to = \"%s\"): \"%s\" is not a valid %s literal for %s%s"),
    CONSTANT_UNSUPPORTED_TYPE("Constant",
            "@LinkConstant(to = \"%s\"): %s is %s, which has no literal form;"
                    + " use factory = \"...\" instead"),
    AMBIGUOUS_METHODS("Ambiguous",
            "Converting %s (%s) to %s (%s) is ambiguous: %s and %s both apply and neither is"
                    + " more specific; remove one, or give one a more specific parameter type"),
    AMBIGUOUS_SETTER("Ambiguous",
            "%s cannot be written: its setters %s and %s both take %s there, so no call can choose"
                    + " one; rename or remove one of them"),
    NO_COERCION("NoCoercion",
            "Cannot convert %s (%s) to %s (%s): %s. Declare a @Coercer method from %s to %s,"
                    + " or name one with @Link(coercer = \"...\")"),
    ENUM_CONSTANT_MISSING("EnumConstant",
            "Cannot convert %s (%s) to %s (%s): %s has no constant %s%s;"
                    + " declare a @Coercer method from %s to %s"),
    NOT_CONSTRUCTIBLE("Construction",
            "Cannot create %s for %s: %s"),
    BUILDER_CANNOT_WRITE("BuilderProperty",
            "%s would fill %s.%s, but its builder %s has no setter for it (nor an addAll%s method), so it"
                    + " would be dropped. Give the builder one, set builders = false, or list \"%s\" in"
                    + " allowUnlinked to leave it out"),
    NESTED_LINK_NOT_APPLICABLE("NestedLink",
            "%s reaches inside %s, but %s (%s) is not filled by a nested model conversion from %s (%s),"
                    + " so the link cannot apply"),
    PATH_THROUGH_CONTAINER("NestedLink",
            "@Link from = \"%s\" reads through %s (%s) and cannot fill %s, which is outside it;"
                    + " link it to a destination path under the matching collection"),
    NEEDS_ENTITY_MANAGER("References",
            "%s (%s) is an entity filled from %s (%s), an id: declare a parameter of type"
                    + " jakarta.persistence.EntityManager (or org.hibernate.Session) on %s to look it up"),
    JPA_SUPPORT_MISSING("JpaSupport",
            "%s needs io.transmute:jpa-support at compile time (for %s): add it as a dependency next to"
                    + " conversion-api"),
    UNLOADED_INTO_PRIMITIVE("Unloaded",
            "%s (%s) would be filled from %s, which %s() reads as null when the lazy %s is not loaded"
                    + " (unloaded = Unloaded.SKIP), and a primitive cannot hold null. Declare it %s to get null,"
                    + " choose Unloaded.LOAD or Unloaded.FAIL, or @Link(to = \"%s\") to something else"),
    IMPLICIT_ID("EntityId",
            "%s (%s) is the entity's %s, and %s would fill it by name: Transmute never fills an @Id or"
                    + " @Version implicitly. Link it with @Link(from = \"%s\", to = \"%s\") if you mean to,"
                    + " or list \"%s\" in allowUnlinked to leave it unset"),
    NESTING_TOO_DEEP("Nesting",
            "Converting %s to %s nests more than %d model conversions deep; a generic model whose"
                    + " properties use ever larger type arguments cannot be converted. Declare a"
                    + " @Coercer for one of the types along the way"),
    PLUGIN_DUPLICATE("Plugin",
            "Two MapStruct %s plug-ins are on the annotation processor path, %s and %s; Transmute, like"
                    + " MapStruct, uses exactly one: remove one of them from the processor path"),
    PLUGIN_NOT_LOADED("Plugin",
            "The MapStruct %s plug-in on the annotation processor path could not be loaded: %s"),
    PLUGIN_FAILED("Plugin",
            "The MapStruct plug-in %s failed while Transmute implemented %s: %s"),
    AST_PROCESSOR_SKIPPED("Plugin", Kind.WARNING,
            "A MapStruct AstModifyingAnnotationProcessor on the annotation processor path could not be"
                    + " loaded and is skipped: %s"),
    BUILDER_CREATION_AMBIGUOUS("Builder", Kind.WARNING,
            "%s has several builder creation methods (%s), so Transmute creates it without a builder;"
                    + " keep one, or choose one with a MapStruct BuilderProvider plug-in"),
    TYPE_INCOMPLETE("IncompleteType",
            "%s was not implemented: the MapStruct plug-in %s still reported %s as incomplete in the last"
                    + " round; if another annotation processor completes that type, it did not run or failed"),
    UNLINKED_LEFT_EMPTY("Unlinked", Kind.WARNING,
            "%s (%s) is not linked and stays empty: no source property or parameter named '%s'%s, and %s"
                    + " has unlinked = WARN. Add @Link(from = \"...\", to = \"%s\"), or list \"%s\" in"
                    + " allowUnlinked to leave it empty without a warning"),
    UNLINKED_PRIMITIVE("Unlinked",
            "%s (%s) is not linked: no source property or parameter named '%s'%s. It is a primitive that the"
                    + " constructor needs, so unlinked = %s cannot leave it empty; add @Link(from = \"...\","
                    + " to = \"%s\") or @LinkConstant(to = \"%s\", value = \"...\")"),
    CONFIG_NOT_ANNOTATED("Config",
            "@ConverterConfig(config = %s) names a type without @ConverterConfig; annotate %s with"
                    + " @ConverterConfig or name another configuration"),
    CONFIG_CYCLE("Config",
            "@ConverterConfig(config = ...) goes round in a cycle: %s; remove one of the config attributes"),
    USES_INVALID("Uses",
            "%s uses %s, which %s"),
    USES_CYCLE("Uses",
            "%s uses itself through @ConverterConfig(uses = ...): %s; remove one of the uses"),
    COMPONENT_MODEL_MISSING("ComponentModel",
            "%s has the component model %s, which needs %s on the compile class path: add %s"),
    INVALID_OPTION("Options",
            "-A%s=%s is not valid: use one of %s"),
    OPTION_WITHOUT_VALUE("Options",
            "-A%s has no value: write -A%s=VALUE with one of %s"),
    UNKNOWN_OPTION("Options", Kind.WARNING,
            "-A%s is not a Transmute option%s; the options are %s"),
    UNRESOLVED_TYPE("UnresolvedType",
            "%s refers to %s, which does not exist; if another annotation processor generates it,"
                    + " that processor did not run or failed"),
    INTERNAL_ERROR("Internal",
            "Transmute could not implement %s because of an internal error; please report it"
                    + " with this message: %s");

    private final String tag;
    private final Kind kind;
    private final String format;

    /** Whether the compilation fails: every message is an error but a few warnings. */
    public enum Kind {
        ERROR, WARNING
    }

    Message(String tag, String format) {
        this(tag, Kind.ERROR, format);
    }

    Message(String tag, Kind kind, String format) {
        this.tag = tag;
        this.kind = kind;
        this.format = format;
    }

    public Kind kind() {
        return kind;
    }

    /** The message text with its tag, e.g. {@code [Transmute/Unlinked] BookDto.pages (int) is not linked...}. */
    public String format(Object... arguments) {
        return "[Transmute/" + tag + "] " + String.format(format, arguments);
    }
}

package io.transmute.tests.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * One differential case: the model types and the converter type the generator chose, which
 * {@link SourceRenderer} writes as Java source and {@link Oracle} interprets at run time.
 */
final class CaseSpec {
    final long seed;
    final String pkg;
    final List<EnumSpec> enums = new ArrayList<>();
    final List<ModelSpec> models = new ArrayList<>();
    final ConverterSpec converter = new ConverterSpec();
    /** For a deliberately invalid case: the tag of the one error expected, such as {@code [Transmute/Unlinked]}. */
    String expectedError;
    /** What was made invalid, for the report. */
    String mutation;

    CaseSpec(long seed, String pkg) {
        this.seed = seed;
        this.pkg = pkg;
    }

    /** Where a model or enum is declared. */
    enum Holder {
        TOP, MODELS, CONVERTER
    }

    /** A declared type: its simple name and where it lives. */
    abstract static class Declared {
        String name;
        Holder holder = Holder.TOP;
        CaseSpec owner;

        /** How the case's own sources refer to it (they are all in its package). */
        String reference() {
            return switch (holder) {
                case TOP -> name;
                case MODELS -> "Models." + name;
                case CONVERTER -> owner.converter.reference() + "." + name;
            };
        }

        /** The binary name, for loading. */
        String binaryName() {
            return switch (holder) {
                case TOP -> owner.pkg + "." + name;
                case MODELS -> owner.pkg + ".Models$" + name;
                case CONVERTER -> owner.converter.binaryName() + "$" + name;
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final class EnumSpec extends Declared {
        final List<String> constants = new ArrayList<>();
    }

    enum ModelKind {
        /** A record: canonical constructor, accessors. */
        RECORD,
        /** No-argument constructor, getters and setters. */
        BEAN,
        /** Final fields set by one constructor, getters only. */
        CTOR,
        /** A constructor for some properties, setters for the others (destinations only). */
        MIXED,
        /** Public non-final fields, no methods. */
        FIELDS,
        /** The abstract superclass of a BEAN or FIELDS model. */
        BASE
    }

    static final class ModelSpec extends Declared {
        ModelKind kind;
        boolean destination;
        final List<Prop> props = new ArrayList<>();
        /** Superclass holding inherited properties (BEAN and FIELDS only), or null. */
        ModelSpec base;
        /** CTOR and MIXED: constructor parameter order, by property name. */
        final List<String> constructorOrder = new ArrayList<>();
        /** CTOR destinations: also declare a narrower constructor (Transmute must pick the widest). */
        boolean narrowConstructor;
        /**
         * Destinations: a BEAN also declares an all-arguments constructor that sets a private marker
         * (setters must be used); a CTOR class also declares a no-argument one (the widest must be used).
         */
        boolean extraConstructor;
        /** A first-class abstract class (the source or destination of a dispatching converter). */
        boolean isAbstract;
        /** A destination interface without properties, implemented by the subtypes' destinations. */
        boolean isInterface;
        /** Interfaces this model implements. */
        final List<ModelSpec> interfaces = new ArrayList<>();
        /** First-class subclasses (of a polymorphic source base). */
        final List<ModelSpec> subclasses = new ArrayList<>();
        /** Type parameters of a generic model ({@code T}), or none. */
        final List<String> typeParams = new ArrayList<>();

        /** The name with its type parameters, as declared. */
        String declaredName() {
            return typeParams.isEmpty() ? name : name + "<" + String.join(", ", typeParams) + ">";
        }

        /** Inherited properties first, then its own. */
        List<Prop> allProps() {
            List<Prop> all = new ArrayList<>();
            if (base != null) {
                all.addAll(base.allProps());
            }
            all.addAll(props);
            return all;
        }

        Prop prop(String propName) {
            for (Prop prop : allProps()) {
                if (prop.name.equals(propName)) {
                    return prop;
                }
            }
            return null;
        }
    }

    static final class Prop {
        final String name;
        final JType type;
        /** Read through {@code isX()} rather than {@code getX()} (boolean and Boolean only). */
        boolean isGetter;
        /** BEAN / FIELDS destinations: the field initializer as source text, or null for none. */
        String initializer;
        /** The value of {@link #initializer} at run time (null without one, or the primitive default). */
        Object initialValue;
        /** Destinations with setters: also declare {@code setX(String)}, which must not be called. */
        boolean overloadedSetter;

        Prop(String name, JType type) {
            this.name = name;
            this.type = type;
        }

        String capitalized() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        String getterName() {
            return (isGetter ? "is" : "get") + capitalized();
        }

        String setterName() {
            return "set" + capitalized();
        }

        @Override
        public String toString() {
            return type.source() + " " + name;
        }
    }

    static final class ConverterSpec {
        CaseSpec owner;
        String name = "Conv";
        /** Declared as a member of a class {@code Outer}: the implementation is {@code Outer_ConvImpl}. */
        boolean nestedInOuter;
        /** An abstract class instead of an interface. */
        boolean abstractClass;
        /** Some coercers live in a super-interface {@code ConvBase}. */
        boolean hasBase;
        final List<MethodSpec> methods = new ArrayList<>();
        final List<CoercerSpec> coercers = new ArrayList<>();
        final List<FactorySpec> factories = new ArrayList<>();
        /** An interface that redeclares toString(), equals(Object) and hashCode() (README: allowed). */
        boolean redeclaresObjectMethods;
        /** An invalid case's coercer declared {@code throws Exception}, or null. */
        String throwingCoercer;

        String reference() {
            return nestedInOuter ? "Outer." + name : name;
        }

        String binaryName() {
            return owner.pkg + "." + (nestedInOuter ? "Outer$" + name : name);
        }

        String baseBinaryName() {
            return owner.pkg + ".ConvBase";
        }

        /** The top-level file that holds the converter type. */
        String fileTypeName() {
            return nestedInOuter ? "Outer" : name;
        }
    }

    static final class MethodSpec {
        String name;
        String sourceName;
        JType source;
        JType result;
        final List<Param> extras = new ArrayList<>();
        final List<LinkSpec> links = new ArrayList<>();
        final List<ConstSpec> constants = new ArrayList<>();
        final List<String> allowUnlinked = new ArrayList<>();
        /** For an update: the position (1 or more) of the {@code @Into} parameter, whose type is the result; else -1. */
        int intoIndex = -1;
        String intoName;
        /** An update declared {@code @Converter(nulls = Nulls.SKIP)}. */
        boolean nullsSkip;
        /** An update that returns void (else it returns its target). */
        boolean returnsVoid;
        /** Declared in the generic super-interface {@code ConvGeneric<S, D>} as {@code D name(S source)}. */
        boolean inGenericBase;

        boolean singleParameter() {
            return extras.isEmpty() && intoIndex < 0;
        }

        /** The parameters after the source, in order: extras, and the @Into target at its position. */
        List<Param> parameters() {
            List<Param> parameters = new ArrayList<>(extras);
            if (intoIndex >= 0) {
                parameters.add(intoIndex - 1, new Param(intoName, result));
            }
            return parameters;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(returnsVoid ? "void" : result.source()).append(' ').append(name)
                    .append('(').append(source.source()).append(' ').append(sourceName);
            for (Param extra : parameters()) {
                text.append(", ").append(extra.name.equals(intoName) ? "@Into " : "").append(extra.type.source())
                        .append(' ').append(extra.name);
            }
            return text.append(')').toString();
        }
    }

    record Param(String name, JType type) {
    }

    /** {@code @Link}: exactly one of from / fromParam. */
    record LinkSpec(String to, String from, String fromParam, String coercer) {
    }

    /** {@code @LinkConstant}: a literal (with the value it must become) or a factory. */
    record ConstSpec(String to, String literal, Object expected, String factory) {
    }

    /** A coercer: a static one-parameter method, annotated {@code @Coercer} or named by a link. */
    record CoercerSpec(String name, JType param, JType result, String body, boolean annotated, boolean inBase,
            boolean isDefault) {
    }

    /** A factory of {@code @LinkConstant(factory)}: returns a value computed from a call counter. */
    record FactorySpec(String name, JType result, String counter) {
    }
}

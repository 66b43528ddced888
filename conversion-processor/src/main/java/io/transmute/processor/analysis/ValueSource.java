package io.transmute.processor.analysis;

import io.transmute.processor.coercion.Capture;
import io.transmute.processor.model.ConverterMethod.Parameter;
import io.transmute.processor.model.UnloadedPolicy;
import io.transmute.processor.model.UserMethod;
import io.transmute.processor.model.property.SourceProperty;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/** Where the value for one destination property comes from, before coercion. */
public sealed interface ValueSource {

    /**
     * A property path read from the current source; a null along the way gives null.
     * {@code lazyReads} are the steps that read a lazy JPA attribute under a SKIP or FAIL policy.
     */
    record SourcePath(List<SourceProperty> path, List<LazyRead> lazyReads) implements ValueSource {
        public SourcePath(List<SourceProperty> path) {
            this(path, List.of());
        }

        public boolean skipsAtStart() {
            return lazyReads.stream().anyMatch(read -> read.step() == 0 && read.policy() == UnloadedPolicy.SKIP);
        }
    }

    /**
     * Step {@code step} of a path reads {@code attribute}, a lazy attribute of the entity
     * {@code entity} (of type {@code owner}, whose accessor the check may call): under SKIP an unloaded
     * one reads as empty, under FAIL it throws.
     */
    record LazyRead(int step, TypeMirror owner, String entity, String attribute, UnloadedPolicy policy,
            String converter) {
    }

    /** A parameter of the converter method (only in the method itself). */
    record ParameterValue(Parameter parameter) implements ValueSource {
    }

    /** A value passed down by the caller of a nested conversion helper. */
    record CapturedValue(Capture capture) implements ValueSource {
    }

    /**
     * A literal parsed at compile time: a String, a primitive box, a BigDecimal, a BigInteger, or
     * an {@link EnumConstant}.
     */
    record Constant(TypeMirror type, Object value) implements ValueSource {
    }

    /** The name of an enum constant of {@code Constant.type}. */
    record EnumConstant(String name) {
    }

    /** The result of a no-argument factory method of the converter type. */
    record FactoryValue(UserMethod factory) implements ValueSource {
    }

    /** Nothing links the property, and allowUnlinked lets it keep its default. */
    record Unlinked() implements ValueSource {
    }
}

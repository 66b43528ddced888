package io.transmute.processor.spi;

import io.transmute.processor.diagnostics.PluginFailed;
import io.transmute.processor.model.EnumNaming;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.mapstruct.ap.spi.EnumMappingStrategy;

/**
 * Enum constants matched by a MapStruct {@link EnumMappingStrategy}. What the strategy answers is
 * checked here, so that a wrong answer is reported against the plug-in rather than as generated
 * code that does not compile.
 */
final class StrategyEnumNaming implements EnumNaming {
    /** MapStruct's {@code MappingConstants.NULL}: the constant stands for null. */
    private static final String NULL = "<NULL>";

    private final EnumMappingStrategy strategy;
    private final Elements elements;
    private final Types types;

    StrategyEnumNaming(EnumMappingStrategy strategy, Elements elements, Types types) {
        this.strategy = strategy;
        this.elements = elements;
        this.types = types;
    }

    @Override
    public Optional<String> matchName(TypeElement enumType, String constant) {
        String name = PluginCalls.call(strategy, () -> strategy.getEnumConstant(enumType, constant));
        return name == null || name.equals(NULL) ? Optional.empty() : Optional.of(name);
    }

    @Override
    public Optional<String> nullConstant(TypeElement enumType) {
        String constant = PluginCalls.call(strategy, () -> strategy.getDefaultNullEnumConstant(enumType));
        if (constant == null) {
            return Optional.empty();
        }
        boolean exists = enumType.getEnclosedElements().stream().anyMatch(element ->
                element.getKind() == ElementKind.ENUM_CONSTANT && element.getSimpleName().contentEquals(constant));
        if (!exists) {
            throw wrongAnswer("getDefaultNullEnumConstant(" + enumType.getQualifiedName() + ") returned \""
                    + constant + "\", which is not a constant of that enum");
        }
        return Optional.of(constant);
    }

    /** An unchecked exception with a public String constructor: generated code throws it with a message. */
    @Override
    public TypeElement unexpectedValueException() {
        TypeElement type = PluginCalls.call(strategy, strategy::getUnexpectedValueMappingExceptionType);
        TypeElement unchecked = elements.getTypeElement("java.lang.RuntimeException");
        TypeElement string = elements.getTypeElement("java.lang.String");
        boolean usable = type != null && !type.getModifiers().contains(Modifier.ABSTRACT)
                && types.isAssignable(type.asType(), unchecked.asType())
                && ElementFilter.constructorsIn(type.getEnclosedElements()).stream().anyMatch(constructor ->
                        constructor.getModifiers().contains(Modifier.PUBLIC) && takesOneString(constructor, string));
        if (!usable) {
            throw wrongAnswer("getUnexpectedValueMappingExceptionType() returned " + type
                    + ", which is not an unchecked exception with a public constructor taking a String");
        }
        return type;
    }

    private boolean takesOneString(ExecutableElement constructor, TypeElement string) {
        return constructor.getParameters().size() == 1
                && types.isSameType(constructor.getParameters().get(0).asType(), string.asType());
    }

    private PluginFailed wrongAnswer(String what) {
        return new PluginFailed(PluginCalls.name(strategy), new IllegalStateException(what));
    }
}

package io.transmute.processor.spi;

import io.transmute.processor.model.property.AccessorNaming;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.mapstruct.ap.spi.AccessorNamingStrategy;
import org.mapstruct.ap.spi.MethodType;

/**
 * Accessor naming by a MapStruct {@link AccessorNamingStrategy}, with the shape checks MapStruct
 * adds to the strategy's verdict: a getter or presence checker takes no parameter (a presence
 * checker returns a boolean), a setter takes one. Which methods are accessible stays Transmute's
 * rule (package-private accessors in the converter's package count).
 */
final class StrategyNaming implements AccessorNaming {
    private final AccessorNamingStrategy strategy;

    StrategyNaming(AccessorNamingStrategy strategy) {
        this.strategy = strategy;
    }

    @Override
    public Optional<String> readProperty(ExecutableElement method) {
        if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
            return Optional.empty();
        }
        return is(method, MethodType.GETTER) ? propertyName(method) : Optional.empty();
    }

    @Override
    public Optional<String> writeProperty(ExecutableElement method) {
        if (method.getParameters().size() != 1) {
            return Optional.empty();
        }
        return is(method, MethodType.SETTER) ? propertyName(method) : Optional.empty();
    }

    @Override
    public Optional<String> presenceProperty(ExecutableElement method) {
        if (!method.getParameters().isEmpty() || !isBoolean(method.getReturnType())) {
            return Optional.empty();
        }
        return is(method, MethodType.PRESENCE_CHECKER) ? propertyName(method) : Optional.empty();
    }

    private boolean is(ExecutableElement method, MethodType type) {
        return PluginCalls.call(strategy, () -> strategy.getMethodType(method)) == type;
    }

    /** A strategy that names no property (null or "") makes the method no accessor. */
    private Optional<String> propertyName(ExecutableElement method) {
        return Optional.ofNullable(PluginCalls.call(strategy, () -> strategy.getPropertyName(method)))
                .filter(name -> !name.isEmpty());
    }

    private static boolean isBoolean(TypeMirror type) {
        return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
    }
}

package io.transmute.processor.analysis;

import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.property.DestinationProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * Among a writer's overloads, the one a value converts to best. When only one overload accepts the
 * value as it is, the value is passed unchanged (the property takes the value's type, for which
 * javac can call no other overload); otherwise the overload taking the value's own type, else the
 * planned one when it accepts the value, else another that does; failing all, the planned one,
 * with a coercion. So a {@code String} fills Immutables' {@code subtitle(String)} and an
 * {@code Optional<String>} its {@code subtitle(Optional<? extends String>)}.
 */
final class OverloadChoice {
    private final TypeTools tools;

    OverloadChoice(TypeTools tools) {
        this.tools = tools;
    }

    DestinationProperty forValue(DestinationProperty property, TypeMirror valueType) {
        if (property.overloads().isEmpty()) {
            return property;
        }
        List<TypeMirror> all = new ArrayList<>();
        all.add(property.type());
        all.addAll(property.overloads());
        List<TypeMirror> accepting = all.stream().filter(type -> tools.isAssignable(valueType, type)).toList();
        if (accepting.size() == 1) {
            return through(property, accepting.get(0)).withType(valueType);
        }
        Optional<TypeMirror> same = all.stream().filter(type -> tools.isSame(type, valueType)).findFirst();
        if (same.isPresent()) {
            return through(property, same.get());
        }
        return accepting.isEmpty() || accepting.contains(property.type())
                ? property : through(property, accepting.get(0));
    }

    private static DestinationProperty through(DestinationProperty property, TypeMirror overload) {
        return overload == property.type() ? property : property.through(overload);
    }
}

package io.transmute.processor.model.property;

import java.util.List;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;

/**
 * How to create a destination model: which constructor to call and which properties it takes, then
 * which properties are written afterwards; or, when {@code builder} is not null, which builder to
 * create and which of its setters fill the properties. {@code properties} is in declaration order.
 */
public record Construction(DeclaredType type, List<DestinationProperty> properties, BuilderCreation builder) {

    public Construction(DeclaredType type, List<DestinationProperty> properties) {
        this(type, properties, null);
    }

    public List<DestinationProperty> constructorArguments() {
        return properties.stream().filter(DestinationProperty::isConstructorArgument).toList();
    }

    public Optional<DestinationProperty> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public List<String> propertyNames() {
        return properties.stream().map(DestinationProperty::name).toList();
    }
}

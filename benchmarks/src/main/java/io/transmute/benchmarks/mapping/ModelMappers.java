package io.transmute.benchmarks.mapping;

import io.transmute.benchmarks.order.Order;
import io.transmute.benchmarks.order.OrderDto;
import io.transmute.benchmarks.order.ProductDto;
import java.lang.reflect.Type;
import java.util.List;
import org.modelmapper.ModelMapper;
import org.modelmapper.TypeToken;
import org.modelmapper.convention.MatchingStrategies;

/**
 * ModelMapper, the reflective mapper, set up as its documentation suggests: one instance, created
 * once, with its default (standard) matching. Its matching flattens {@code customer.name} into
 * {@code customerName} by itself but not {@code customer.billingAddress.street} into
 * {@code billingStreetAddress}: those four are declared, as a user would.
 */
public final class ModelMappers {
    /** The element type of the list model, for {@link ModelMapper#map(Object, Type)}. */
    public static final Type PRODUCT_DTO_LIST = new TypeToken<List<ProductDto>>() { }.getType();

    private ModelMappers() {
    }

    public static ModelMapper create() {
        ModelMapper modelMapper = new ModelMapper();
        modelMapper.getConfiguration().setMatchingStrategy(MatchingStrategies.STANDARD);
        modelMapper.typeMap(Order.class, OrderDto.class).addMappings(mapping -> {
            mapping.map(order -> order.getCustomer().getBillingAddress().getStreet(),
                    OrderDto::setBillingStreetAddress);
            mapping.map(order -> order.getCustomer().getBillingAddress().getCity(),
                    OrderDto::setBillingCity);
            mapping.map(order -> order.getCustomer().getShippingAddress().getStreet(),
                    OrderDto::setShippingStreetAddress);
            mapping.map(order -> order.getCustomer().getShippingAddress().getCity(),
                    OrderDto::setShippingCity);
        });
        return modelMapper;
    }
}

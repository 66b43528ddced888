package io.transmute.benchmarks.order;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.List;

/** The order and list models' converters: Transmute implements them at compile time. */
public interface TransmuteOrderConverter {

    @Converter
    @Link(from = "customer.name", to = "customerName")
    @Link(from = "customer.billingAddress.street", to = "billingStreetAddress")
    @Link(from = "customer.billingAddress.city", to = "billingCity")
    @Link(from = "customer.shippingAddress.street", to = "shippingStreetAddress")
    @Link(from = "customer.shippingAddress.city", to = "shippingCity")
    OrderDto toDto(Order order);

    @Converter
    List<ProductDto> toDtos(List<Product> products);
}

package io.transmute.benchmarks.order;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The same converters as {@link TransmuteOrderConverter}, as a MapStruct mapper. */
@Mapper
public interface MapStructOrderMapper {

    @Mapping(target = "customerName", source = "customer.name")
    @Mapping(target = "billingStreetAddress", source = "customer.billingAddress.street")
    @Mapping(target = "billingCity", source = "customer.billingAddress.city")
    @Mapping(target = "shippingStreetAddress", source = "customer.shippingAddress.street")
    @Mapping(target = "shippingCity", source = "customer.shippingAddress.city")
    OrderDto toDto(Order order);

    List<ProductDto> toDtos(List<Product> products);

    ProductDto toDto(Product product);
}

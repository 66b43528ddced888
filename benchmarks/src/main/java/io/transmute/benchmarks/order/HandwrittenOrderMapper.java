package io.transmute.benchmarks.order;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the order and list conversions as a careful engineer writes them by hand (null
 * checks, each getter called once, a pre-sized list, no streams).
 */
public final class HandwrittenOrderMapper {

    public OrderDto toDto(Order order) {
        if (order == null) {
            return null;
        }
        OrderDto dto = new OrderDto();
        Customer customer = order.getCustomer();
        if (customer != null) {
            dto.setCustomerName(customer.getName());
            Address billing = customer.getBillingAddress();
            if (billing != null) {
                dto.setBillingStreetAddress(billing.getStreet());
                dto.setBillingCity(billing.getCity());
            }
            Address shipping = customer.getShippingAddress();
            if (shipping != null) {
                dto.setShippingStreetAddress(shipping.getStreet());
                dto.setShippingCity(shipping.getCity());
            }
        }
        dto.setProducts(toDtos(order.getProducts()));
        return dto;
    }

    public List<ProductDto> toDtos(List<Product> products) {
        if (products == null) {
            return null;
        }
        List<ProductDto> dtos = new ArrayList<>(products.size());
        for (Product product : products) {
            dtos.add(toDto(product));
        }
        return dtos;
    }

    public ProductDto toDto(Product product) {
        if (product == null) {
            return null;
        }
        ProductDto dto = new ProductDto();
        dto.setName(product.getName());
        dto.setSku(product.getSku());
        dto.setPrice(product.getPrice());
        dto.setQuantity(product.getQuantity());
        return dto;
    }
}

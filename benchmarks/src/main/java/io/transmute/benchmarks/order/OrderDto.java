package io.transmute.benchmarks.order;

import java.util.List;

/** The order flattened: customer and addresses as fields, products nested (destination). */
public class OrderDto {
    private String customerName;
    private String billingStreetAddress;
    private String billingCity;
    private String shippingStreetAddress;
    private String shippingCity;
    private List<ProductDto> products;

    public OrderDto() {
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getBillingStreetAddress() {
        return billingStreetAddress;
    }

    public void setBillingStreetAddress(String billingStreetAddress) {
        this.billingStreetAddress = billingStreetAddress;
    }

    public String getBillingCity() {
        return billingCity;
    }

    public void setBillingCity(String billingCity) {
        this.billingCity = billingCity;
    }

    public String getShippingStreetAddress() {
        return shippingStreetAddress;
    }

    public void setShippingStreetAddress(String shippingStreetAddress) {
        this.shippingStreetAddress = shippingStreetAddress;
    }

    public String getShippingCity() {
        return shippingCity;
    }

    public void setShippingCity(String shippingCity) {
        this.shippingCity = shippingCity;
    }

    public List<ProductDto> getProducts() {
        return products;
    }

    public void setProducts(List<ProductDto> products) {
        this.products = products;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof OrderDto that)) {
            return false;
        }
        return java.util.Objects.equals(customerName, that.customerName)
                && java.util.Objects.equals(billingStreetAddress, that.billingStreetAddress)
                && java.util.Objects.equals(billingCity, that.billingCity)
                && java.util.Objects.equals(shippingStreetAddress, that.shippingStreetAddress)
                && java.util.Objects.equals(shippingCity, that.shippingCity)
                && java.util.Objects.equals(products, that.products);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(customerName, billingStreetAddress, billingCity, shippingStreetAddress, shippingCity, products);
    }

    @Override
    public String toString() {
        return "OrderDto[" + "customerName=" + customerName + ", " + "billingStreetAddress=" + billingStreetAddress + ", " + "billingCity=" + billingCity + ", " + "shippingStreetAddress=" + shippingStreetAddress + ", " + "shippingCity=" + shippingCity + ", " + "products=" + products + "]";
    }
}

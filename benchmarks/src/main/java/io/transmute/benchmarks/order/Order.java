package io.transmute.benchmarks.order;

import java.util.List;

/** The classic mapper benchmark model: an order with a customer and products (source). */
public class Order {
    private Customer customer;
    private List<Product> products;

    public Order() {
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public List<Product> getProducts() {
        return products;
    }

    public void setProducts(List<Product> products) {
        this.products = products;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Order that)) {
            return false;
        }
        return java.util.Objects.equals(customer, that.customer)
                && java.util.Objects.equals(products, that.products);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(customer, products);
    }

    @Override
    public String toString() {
        return "Order[" + "customer=" + customer + ", " + "products=" + products + "]";
    }
}

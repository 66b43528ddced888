package io.transmute.benchmarks.order;

/** A product line of an order (source); also the element of the list model. */
public class Product {
    private String name;
    private String sku;
    private double price;
    private int quantity;

    public Product() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public double getPrice() {
        return price;
    }

    public void setPrice(double price) {
        this.price = price;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Product that)) {
            return false;
        }
        return java.util.Objects.equals(name, that.name)
                && java.util.Objects.equals(sku, that.sku)
                && Double.compare(price, that.price) == 0
                && quantity == that.quantity;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, sku, price, quantity);
    }

    @Override
    public String toString() {
        return "Product[" + "name=" + name + ", " + "sku=" + sku + ", " + "price=" + price + ", " + "quantity=" + quantity + "]";
    }
}

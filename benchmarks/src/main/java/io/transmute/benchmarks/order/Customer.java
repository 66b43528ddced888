package io.transmute.benchmarks.order;

/** The customer of an order (source). */
public class Customer {
    private String name;
    private Address billingAddress;
    private Address shippingAddress;

    public Customer() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Address getBillingAddress() {
        return billingAddress;
    }

    public void setBillingAddress(Address billingAddress) {
        this.billingAddress = billingAddress;
    }

    public Address getShippingAddress() {
        return shippingAddress;
    }

    public void setShippingAddress(Address shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Customer that)) {
            return false;
        }
        return java.util.Objects.equals(name, that.name)
                && java.util.Objects.equals(billingAddress, that.billingAddress)
                && java.util.Objects.equals(shippingAddress, that.shippingAddress);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, billingAddress, shippingAddress);
    }

    @Override
    public String toString() {
        return "Customer[" + "name=" + name + ", " + "billingAddress=" + billingAddress + ", " + "shippingAddress=" + shippingAddress + "]";
    }
}

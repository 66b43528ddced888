package io.transmute.benchmarks.order;

/** A postal address (source). */
public class Address {
    private String street;
    private String city;

    public Address() {
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Address that)) {
            return false;
        }
        return java.util.Objects.equals(street, that.street)
                && java.util.Objects.equals(city, that.city);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(street, city);
    }

    @Override
    public String toString() {
        return "Address[" + "street=" + street + ", " + "city=" + city + "]";
    }
}

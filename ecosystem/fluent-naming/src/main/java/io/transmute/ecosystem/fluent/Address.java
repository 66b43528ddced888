package io.transmute.ecosystem.fluent;

import java.util.Objects;

/** Fluent accessors whose writers return nothing. */
public class Address {
    private String city;
    private String country;

    public String city() {
        return city;
    }

    public void city(String city) {
        this.city = city;
    }

    public String country() {
        return country;
    }

    public void country(String country) {
        this.country = country;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address address
                && Objects.equals(city, address.city)
                && Objects.equals(country, address.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(city, country);
    }
}

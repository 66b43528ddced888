package io.transmute.ecosystem.lombok.model;

import lombok.Data;

@Data
public class Address {
    private String street;
    private String city;
    private String country;
}

package io.transmute.ecosystem.lombok.model;

import lombok.Value;

/** An immutable value without a builder: created through its public all-arguments constructor. */
@Value
public class AddressView {
    String street;
    String city;
    String country;
}

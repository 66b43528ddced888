package io.transmute.ecosystem.fluent;

public record AddressDto(String city, String country) {
}

package io.transmute.ecosystem.protobuf;

public record AddressDto(String street, String city) {
}

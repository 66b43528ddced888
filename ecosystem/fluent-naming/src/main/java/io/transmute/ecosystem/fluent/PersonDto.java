package io.transmute.ecosystem.fluent;

import java.util.List;

public record PersonDto(String name, int age, boolean vip, AddressDto address, List<String> nicknames) {
}

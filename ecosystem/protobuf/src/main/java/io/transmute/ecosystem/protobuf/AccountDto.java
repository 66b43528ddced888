package io.transmute.ecosystem.protobuf;

import java.time.Instant;
import java.util.List;

public record AccountDto(
        long id,
        String owner,
        StatusDto status,
        AddressDto billingAddress,
        List<String> tags,
        List<AddressDto> shippingAddresses,
        String nickname,
        double balance,
        Instant openedAt) {
}

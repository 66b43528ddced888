package io.transmute.ecosystem.lombok.model;

import java.util.List;
import lombok.Builder;
import lombok.Value;

/**
 * An immutable value with a builder. With {@code @Builder}, Lombok's all-arguments constructor is
 * package-private, so converters in another package can only create it through {@code builder()}.
 */
@Value
@Builder
public class CustomerSummary {
    Long id;
    String name;
    String email;
    boolean vip;
    AddressView address;
    List<AddressView> deliveryAddresses;
    TierView tier;
}

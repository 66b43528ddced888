package io.transmute.ecosystem.lombok.model;

import java.util.List;
import lombok.Data;

/** A mutable bean: Lombok writes its getters, setters and no-argument constructor. */
@Data
public class Customer {
    private Long id;
    private String name;
    private String email;
    private boolean vip;
    private Address address;
    private List<Address> deliveryAddresses;
    private Tier tier;
}

package io.transmute.ecosystem.lombok.model;

public enum Tier {
    BRONZE, SILVER, GOLD
}

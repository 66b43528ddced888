package io.transmute.ecosystem.lombok.model;

public enum TierView {
    BRONZE, SILVER, GOLD
}

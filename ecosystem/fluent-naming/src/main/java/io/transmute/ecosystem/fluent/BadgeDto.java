package io.transmute.ecosystem.fluent;

public record BadgeDto(String label, boolean active) {
}

package io.transmute.ecosystem.fluent;

public record SettingsDto(String theme, int fontSize) {
}

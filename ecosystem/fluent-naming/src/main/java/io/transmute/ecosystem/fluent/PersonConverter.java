package io.transmute.ecosystem.fluent;

import io.transmute.Converter;

public interface PersonConverter {

    /** Reads {@code name()}, {@code age()}, ...: properties only the team's naming strategy finds. */
    @Converter
    PersonDto toDto(Person person);

    /** Writes {@code new Person().name(...)} and {@code address.city(...)}. */
    @Converter
    Person toPerson(PersonDto dto);

    @Converter
    BadgeDto toDto(Badge badge);

    @Converter
    Badge toBadge(BadgeDto dto);

    @Converter
    SettingsDto toDto(Settings settings);

    @Converter
    Settings toSettings(SettingsDto dto);
}

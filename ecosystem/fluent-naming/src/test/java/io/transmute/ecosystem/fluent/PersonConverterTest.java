package io.transmute.ecosystem.fluent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team's AccessorNamingStrategy, loaded from the processor path, decides what a property is. */
class PersonConverterTest {
    private final PersonConverter converter = Converters.get(PersonConverter.class);

    @Test
    void fluentReadersFillARecord() {
        PersonDto dto = converter.toDto(ada());

        assertEquals(new PersonDto("Ada", 36, true, new AddressDto("London", "UK"), List.of("Countess")), dto);
    }

    @Test
    void fluentWritersFillABean() {
        Person person = converter.toPerson(new PersonDto("Ada", 36, true, new AddressDto("London", "UK"), List.of("Countess")));

        assertEquals("Ada", person.name());
        assertEquals(36, person.age());
        assertTrue(person.vip());
        assertEquals(ada().address(), person.address());
        assertEquals(List.of("Countess"), person.nicknames());
    }

    @Test
    void roundTripCopiesTheList() {
        Person ada = ada();
        Person copy = converter.toPerson(converter.toDto(ada));

        assertEquals(ada.nicknames(), copy.nicknames());
        assertNotSame(ada.nicknames(), copy.nicknames());
    }

    @Test
    void nullNestedValueStaysNull() {
        PersonDto dto = converter.toDto(new Person().name("Nobody"));

        assertNull(dto.address());
        assertEquals("Nobody", dto.name());
    }

    @Test
    void javaBeansStillWork() {
        Badge badge = new Badge();
        badge.setLabel("Founder");
        badge.setActive(true);

        assertEquals(new BadgeDto("Founder", true), converter.toDto(badge));
        Badge back = converter.toBadge(new BadgeDto("Reviewer", true));
        assertEquals("Reviewer", back.getLabel());
        assertTrue(back.isActive());
    }

    @Test
    void lombokFluentAccessors() {
        Settings settings = new Settings().theme("dark").fontSize(14);

        assertEquals(new SettingsDto("dark", 14), converter.toDto(settings));
        assertEquals(settings, converter.toSettings(new SettingsDto("dark", 14)));
    }

    private static Person ada() {
        Address address = new Address();
        address.city("London");
        address.country("UK");
        return new Person().name("Ada").age(36).vip(true).address(address).nicknames(List.of("Countess"));
    }
}

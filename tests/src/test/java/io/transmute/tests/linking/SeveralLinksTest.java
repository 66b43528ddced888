package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.linking.SeveralLinks.Contact;
import io.transmute.tests.linking.SeveralLinks.Person;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeveralLinksTest {
    private final SeveralLinks converter = Converters.get(SeveralLinks.class);

    @Test
    void eachLinkFillsItsOwnProperty() {
        Person person = new Person("Ada", "Lovelace", LocalDate.of(1815, 12, 10), "ada@example.org", "555", 99);

        Contact contact = converter.convert(person, "babbage");

        assertEquals(new Contact("Ada", "Lovelace", "1815", "ada@example.org", "555", 99, "crm", "babbage"),
                contact);
    }
}

package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.regressions.OverloadedSetters.Form;
import io.transmute.tests.regressions.OverloadedSetters.Person;
import org.junit.jupiter.api.Test;

/** Finding 19: of overloaded setters, the one of the getter's type is used. */
class RegressionOverloadedSettersTest {
    private final OverloadedSetters converter = Converters.get(OverloadedSetters.class);

    @Test
    void theLongSetterIsUsed() {
        Person person = converter.convert(new Form(42));

        assertEquals("long", person.setterCalled());
        assertEquals(42L, person.getAge());
        assertEquals(new Form(42), converter.back(person));
    }
}

package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.tests.coercion.PrimitiveAssignments.Person;
import io.transmute.tests.coercion.PrimitiveAssignments.PersonDto;
import org.junit.jupiter.api.Test;

class PrimitiveAssignmentsTest {
    private final PrimitiveAssignments converter = Converters.get(PrimitiveAssignments.class);

    @Test
    void widensBoxesAndUnboxes() {
        PersonDto dto = converter.convert(new Person(42, (short) 180, 'A', 72.5f, 3, 9, 100, 5_000_000_000L, -7));

        assertEquals(new PersonDto(42L, 180, 65, 72.5, 3, 9, 100, 5_000_000_000L, -7L), dto);
        assertEquals(Integer.class, dto.score().getClass());
    }

    @Test
    void nullIntoPrimitiveThrowsNamingSourceAndDestination() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> converter.convert(new Person(1, (short) 1, 'x', 1f, null, 1, 1, 1L, 1)));

        assertEquals("PrimitiveAssignments.Person.rank is null, but PrimitiveAssignments.PersonDto.rank"
                + " is a primitive int", e.getMessage());
    }

    @Test
    void nullBoxIntoWiderPrimitiveThrowsNamingSourceAndDestination() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> converter.convert(new Person(1, (short) 1, 'x', 1f, 1, 1, 1, null, 1)));

        assertEquals("PrimitiveAssignments.Person.balance is null, but PrimitiveAssignments.PersonDto.balance"
                + " is a primitive long", e.getMessage());
    }

    @Test
    void unboxingAndWideningFromIntegerToLongIsNullChecked() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> converter.convert(new Person(1, (short) 1, 'x', 1f, 1, 1, 1, 1L, null)));

        assertEquals("PrimitiveAssignments.Person.level is null, but PrimitiveAssignments.PersonDto.level"
                + " is a primitive long", e.getMessage());
    }
}

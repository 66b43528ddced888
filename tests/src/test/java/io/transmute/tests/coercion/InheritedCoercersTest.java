package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InheritedCoercersTest {
    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    @Test
    void usesStaticAndDefaultCoercersOfASuperInterface() {
        InheritedCoercers converter = Converters.get(InheritedCoercers.class);

        InheritedCoercers.InvoiceDto dto = converter.convert(
                new InheritedCoercers.Invoice(ID, LocalDate.of(2023, 12, 31), new BigDecimal("10.50")));

        assertEquals(new InheritedCoercers.InvoiceDto("uuid:" + ID, "date:2023-12-31", "EUR 10.50"), dto);
    }

    @Test
    void inheritedCoercersSkipNulls() {
        InheritedCoercers converter = Converters.get(InheritedCoercers.class);

        assertEquals(new InheritedCoercers.InvoiceDto(null, null, null),
                converter.convert(new InheritedCoercers.Invoice(null, null, null)));
    }

    @Test
    void overridingDefaultCoercerRuns() {
        OverriddenCoercer converter = Converters.get(OverriddenCoercer.class);

        assertEquals(new OverriddenCoercer.PriceDto("3.20 USD"),
                converter.convert(new OverriddenCoercer.Price(new BigDecimal("3.20"))));
    }

    @Test
    void coercersOfAGrandparentInterfaceApply() {
        GrandparentCoercers converter = Converters.get(GrandparentCoercers.class);

        assertEquals(new GrandparentCoercers.TicketDto("uuid:" + ID, "date:1999-01-02"),
                converter.convert(new GrandparentCoercers.Ticket(ID, LocalDate.of(1999, 1, 2))));
    }
}

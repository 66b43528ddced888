package io.transmute.tests.coercion;

import io.transmute.Converter;
import java.time.LocalDate;
import java.util.UUID;

/** Coercers two levels up: through {@link MiddleCoercers}. */
public interface GrandparentCoercers extends MiddleCoercers {

    record Ticket(UUID id, LocalDate day) {
    }

    record TicketDto(String id, String day) {
    }

    @Converter
    TicketDto convert(Ticket ticket);
}

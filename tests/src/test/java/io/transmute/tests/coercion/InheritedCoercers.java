package io.transmute.tests.coercion;

import io.transmute.Converter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Uses a static and a default coercer declared in a super-interface. */
public interface InheritedCoercers extends SharedCoercers {

    record Invoice(UUID id, LocalDate issued, BigDecimal total) {
    }

    record InvoiceDto(String id, String issued, String total) {
    }

    @Converter
    InvoiceDto convert(Invoice invoice);
}

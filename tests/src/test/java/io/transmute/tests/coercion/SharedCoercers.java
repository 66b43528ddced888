package io.transmute.tests.coercion;

import io.transmute.Coercer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Coercers shared by several converter interfaces through inheritance; declares no converters. */
public interface SharedCoercers {

    @Coercer
    static String uuidText(UUID id) {
        return "uuid:" + id;
    }

    @Coercer
    default String isoDate(LocalDate date) {
        return "date:" + date;
    }

    @Coercer
    default String money(BigDecimal amount) {
        return "EUR " + amount.toPlainString();
    }
}

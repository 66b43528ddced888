package io.transmute.tests.coercion;

import io.transmute.Coercer;
import io.transmute.Converter;
import java.math.BigDecimal;

/** Overrides an inherited default coercer: the override is the one that runs. */
public interface OverriddenCoercer extends SharedCoercers {

    record Price(BigDecimal amount) {
    }

    record PriceDto(String amount) {
    }

    @Converter
    PriceDto convert(Price price);

    @Override
    @Coercer
    default String money(BigDecimal amount) {
        return amount.toPlainString() + " USD";
    }
}

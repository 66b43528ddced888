package io.transmute.tests.tutorial;

import io.transmute.Converter;
import io.transmute.Link;
import java.math.BigDecimal;

/** adaptix tutorial "type coercion via link": a link names the method that converts its value. */
public interface LinkCoercer {

    record Book(String name, int price, String author) {
    }

    record BookDto(String name, BigDecimal cost, String author) {
    }

    @Converter
    @Link(from = "price", to = "cost", coercer = "centsToAmount")
    BookDto convert(Book book);

    static BigDecimal centsToAmount(int cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}

package io.transmute.tests.coercion;

import io.transmute.Coercer;
import io.transmute.Converter;
import java.time.LocalDate;

/** Three overloaded coercers to String: the one with the most specific parameter wins. */
public interface CoercerOverloads {

    record Measurement(Integer count, Long total, Double ratio, LocalDate day, String label) {
    }

    record MeasurementDto(String count, String total, String ratio, String day, String label) {
    }

    @Converter
    MeasurementDto convert(Measurement measurement);

    @Coercer
    static String anything(Object value) {
        return "object:" + value;
    }

    @Coercer
    static String number(Number value) {
        return "number:" + value;
    }

    @Coercer
    static String integer(Integer value) {
        return "integer:" + value;
    }
}

package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.jparegressions.SameSignatureContainers.Dto;
import io.transmute.tests.jparegressions.SameSignatureContainers.Model;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding 1: two container converters with one signature each convert, with no StackOverflowError. */
class JpaRegressionSameSignatureContainersTest {
    private final SameSignatureContainers converter = Converters.get(SameSignatureContainers.class);
    private final List<Model> models = List.of(new Model("x", "1"), new Model("y", "2"));
    private final List<Dto> dtos = List.of(new Dto("x", "1"), new Dto("y", "2"));

    @Test
    void bothListConvertersConvert() {
        assertEquals(dtos, converter.a(models));
        assertEquals(dtos, converter.b(models));
    }

    @Test
    void bothSetConvertersConvert() {
        assertEquals(Set.copyOf(dtos), converter.c(models));
        assertEquals(Set.copyOf(dtos), converter.d(models));
    }

    @Test
    void bothOptionalConvertersConvert() {
        assertEquals(Optional.of(new Dto("x", "1")), converter.e(new Model("x", "1")));
        assertEquals(Optional.of(new Dto("x", "1")), converter.f(new Model("x", "1")));
        assertEquals(Optional.empty(), converter.e(null));
        assertEquals(Optional.empty(), converter.f(null));
    }
}

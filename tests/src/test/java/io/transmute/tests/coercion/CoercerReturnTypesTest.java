package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.coercion.CoercerReturnTypes.Code;
import io.transmute.tests.coercion.CoercerReturnTypes.CodeDto;
import org.junit.jupiter.api.Test;

class CoercerReturnTypesTest {
    private final CoercerReturnTypes converter = Converters.get(CoercerReturnTypes.class);

    @Test
    void sameParameterThenMoreSpecificReturnTypeWins() {
        CodeDto dto = converter.convert(new Code(4, 2));

        assertEquals(String.class, dto.value().getClass());
        assertEquals("string:4", dto.value());
        assertEquals("string:2", dto.other());
    }
}

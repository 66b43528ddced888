package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.coercion.NullSafeCoercers.Order;
import io.transmute.tests.coercion.NullSafeCoercers.OrderDto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NullSafeCoercersTest {
    private static final UUID A = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000000");
    private static final UUID B = UUID.fromString("bbbbbbbb-0000-0000-0000-000000000000");

    private final NullSafeCoercers converter = Converters.get(NullSafeCoercers.class);

    @Test
    void nullValuesInsideContainersStayNull() {
        List<UUID> lines = new ArrayList<>(Arrays.asList(A, null, B));
        Map<UUID, UUID> replacements = new LinkedHashMap<>();
        replacements.put(A, null);
        replacements.put(B, A);

        OrderDto dto = converter.convert(new Order(null, lines, replacements, Optional.empty(),
                new UUID[] {null, B}));

        assertNull(dto.id());
        assertEquals(Arrays.asList("aaaaaaaa", null, "bbbbbbbb"), dto.lines());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("aaaaaaaa", null);
        expected.put("bbbbbbbb", "aaaaaaaa");
        assertEquals(expected, dto.replacements());
        assertEquals(Optional.empty(), dto.parent());
        assertArrayEquals(new String[] {null, "bbbbbbbb"}, dto.related());
    }

    @Test
    void nullContainersGiveNullAndNullOptionalGivesEmpty() {
        OrderDto dto = converter.convert(new Order(A, null, null, null, null));

        assertEquals("aaaaaaaa", dto.id());
        assertNull(dto.lines());
        assertNull(dto.replacements());
        assertEquals(Optional.empty(), dto.parent());
        assertNull(dto.related());
    }

    @Test
    void presentOptionalIsCoerced() {
        OrderDto dto = converter.convert(new Order(A, List.of(), Map.of(), Optional.of(B), new UUID[0]));

        assertEquals(Optional.of("bbbbbbbb"), dto.parent());
        assertEquals(List.of(), dto.lines());
        assertEquals(Map.of(), dto.replacements());
        assertArrayEquals(new String[0], dto.related());
    }
}

package io.transmute.tests.coercion;

import io.transmute.Coercer;
import io.transmute.Converter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Coercers that throw on null: null elements, values and Optionals never reach them. */
public interface NullSafeCoercers {

    record Order(UUID id, List<UUID> lines, Map<UUID, UUID> replacements, Optional<UUID> parent, UUID[] related) {
    }

    record OrderDto(String id, List<String> lines, Map<String, String> replacements, Optional<String> parent,
            String[] related) {
    }

    @Converter
    OrderDto convert(Order order);

    @Coercer
    static String text(UUID id) {
        if (id == null) {
            throw new AssertionError("coercer called with null");
        }
        return id.toString().substring(0, 8);
    }
}

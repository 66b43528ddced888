package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.regressions.SuperWildcards.Item;
import io.transmute.tests.regressions.SuperWildcards.ItemDto;
import io.transmute.tests.regressions.SuperWildcards.Shelf;
import io.transmute.tests.regressions.SuperWildcards.ShelfDto;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding 3: {@code ? super ItemDto} and {@code ? extends ItemDto} destinations hold converted ItemDtos. */
class RegressionSuperWildcardsTest {
    private final SuperWildcards converter = Converters.get(SuperWildcards.class);

    @Test
    void elementsAreConvertedItemDtos() {
        Map<String, Item> byName = new LinkedHashMap<>();
        byName.put("k", new Item("two"));
        byName.put("a", new Item("three"));

        ShelfDto dto = converter.convert(new Shelf(List.of(new Item("one"), new Item("uno")), byName,
                List.of(new Item("more"))));

        assertEquals(List.of(new ItemDto("one"), new ItemDto("uno")), dto.items());
        assertInstanceOf(ItemDto.class, dto.items().get(0));
        assertEquals(Map.of("k", new ItemDto("two"), "a", new ItemDto("three")), dto.byName());
        assertInstanceOf(ItemDto.class, dto.byName().get("k"));
        assertEquals(List.of("k", "a"), List.copyOf(dto.byName().keySet()));
        assertEquals(List.of(new ItemDto("more")), dto.more());
    }

    @Test
    void nullContainersStayNull() {
        ShelfDto dto = converter.convert(new Shelf(null, null, null));

        assertNull(dto.items());
        assertNull(dto.byName());
        assertNull(dto.more());
    }
}

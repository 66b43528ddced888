package io.transmute.tests.regressions;

import io.transmute.Converter;
import java.util.List;
import java.util.Map;

/** Destinations declared with {@code ? super} or {@code ? extends}: they hold converted elements. */
public interface SuperWildcards {

    record Item(String name) {
    }

    record ItemDto(String name) {
    }

    record Shelf(List<Item> items, Map<String, Item> byName, List<Item> more) {
    }

    record ShelfDto(List<? super ItemDto> items, Map<String, ? super ItemDto> byName,
            List<? extends ItemDto> more) {
    }

    @Converter
    ShelfDto convert(Shelf shelf);
}

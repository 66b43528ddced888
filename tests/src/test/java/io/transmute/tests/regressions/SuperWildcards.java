package io.transmute.tests.regressions;

import io.transmute.Converter;
import java.util.List;
import java.util.Map;

/** Destinations declared with {@code ? super}: they hold converted elements. */
public interface SuperWildcards {

    record Item(String name) {
    }

    record ItemDto(String name) {
    }

    record Shelf(List<Item> items, Map<String, Item> byName) {
    }

    record ShelfDto(List<? super ItemDto> items, Map<String, ? super ItemDto> byName) {
    }

    @Converter
    ShelfDto convert(Shelf shelf);
}

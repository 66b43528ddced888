package io.transmute.tests.containers;

import io.transmute.Converter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Destinations declared as concrete collection classes, filled from sorted and queue sources whose
 * iteration order is kept.
 */
public interface DeclaredImplementations {

    record Item(String name) {
    }

    record ItemDto(String name) {
    }

    record Stock(TreeSet<String> sorted, ArrayDeque<Item> queue, TreeMap<String, Item> index, TreeSet<String> hashed,
            Map<String, Item> plain) {
    }

    record StockDto(ArrayList<String> sorted, LinkedHashSet<ItemDto> queue, LinkedHashMap<String, ItemDto> index,
            HashSet<String> hashed, HashMap<String, ItemDto> plain) {
    }

    @Converter
    StockDto convert(Stock stock);
}

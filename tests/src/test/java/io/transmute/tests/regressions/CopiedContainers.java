package io.transmute.tests.regressions;

import io.transmute.Coercer;
import io.transmute.Converter;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Sorted sets and maps, linked lists, deques and queues: created and filled, never shared. */
public interface CopiedContainers {

    enum Color { RED, GREEN, BLUE }

    enum ColorDto { RED, GREEN, BLUE }

    record Item(String name) {
    }

    record ItemDto(String name) {
    }

    /** Every destination kind, with the element types of the source. */
    record Kinds(TreeSet<String> treeSet, SortedSet<String> sortedSet, NavigableSet<String> navigableSet,
            LinkedList<String> linkedList, Deque<String> deque, Queue<String> queue,
            SortedMap<String, Integer> sortedMap, NavigableMap<String, Integer> navigableMap,
            TreeMap<String, Integer> treeMap) {
    }

    /** The same values in plain Lists, Sets and Maps. */
    record Plain(List<String> treeSet, List<String> sortedSet, Set<String> navigableSet, List<String> linkedList,
            List<String> deque, List<String> queue, Map<String, Integer> sortedMap,
            Map<String, Integer> navigableMap, Map<String, Integer> treeMap) {
    }

    record Models(List<Color> treeSet, List<Color> sortedSet, Set<Color> navigableSet, List<Item> linkedList,
            List<Item> deque, List<Item> queue, Map<String, Item> sortedMap, Map<String, Item> navigableMap,
            Map<String, Item> treeMap) {
    }

    record ModelDtos(TreeSet<ColorDto> treeSet, SortedSet<ColorDto> sortedSet, NavigableSet<ColorDto> navigableSet,
            LinkedList<ItemDto> linkedList, Deque<ItemDto> deque, Queue<ItemDto> queue,
            SortedMap<String, ItemDto> sortedMap, NavigableMap<String, ItemDto> navigableMap,
            TreeMap<String, ItemDto> treeMap) {
    }

    record Special(Map<Color, String> byColor, Map<String, Integer> counts) {
    }

    record SpecialDto(EnumMap<Color, String> byColor, ConcurrentHashMap<String, Integer> counts) {
    }

    @Converter
    Kinds fromPlain(Plain plain);

    @Converter
    Kinds copy(Kinds kinds);

    @Converter
    ModelDtos convert(Models models);

    @Converter
    SpecialDto special(Special special);

    @Converter
    TreeSet<String> sortedCopy(List<String> strings);

    @Converter
    Deque<ItemDto> deque(List<Item> items);

    @Coercer
    static EnumMap<Color, String> enumMap(Map<Color, String> map) {
        EnumMap<Color, String> result = new EnumMap<>(Color.class);
        result.putAll(map);
        return result;
    }

    @Coercer
    static ConcurrentHashMap<String, Integer> concurrent(Map<String, Integer> map) {
        return new ConcurrentHashMap<>(map);
    }
}

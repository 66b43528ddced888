package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.transmute.Converters;
import io.transmute.tests.regressions.CopiedContainers.Color;
import io.transmute.tests.regressions.CopiedContainers.ColorDto;
import io.transmute.tests.regressions.CopiedContainers.Item;
import io.transmute.tests.regressions.CopiedContainers.ItemDto;
import io.transmute.tests.regressions.CopiedContainers.Kinds;
import io.transmute.tests.regressions.CopiedContainers.ModelDtos;
import io.transmute.tests.regressions.CopiedContainers.Models;
import io.transmute.tests.regressions.CopiedContainers.Plain;
import io.transmute.tests.regressions.CopiedContainers.Special;
import io.transmute.tests.regressions.CopiedContainers.SpecialDto;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Finding 2: the containers Transmute creates are copies of the right class; others need a coercer. */
class RegressionCopiedContainersTest {
    private final CopiedContainers converter = Converters.get(CopiedContainers.class);

    private static Map<String, Integer> unsortedMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("zeta", 1);
        map.put("alpha", 2);
        map.put("mu", 3);
        return map;
    }

    @Test
    void plainContainersFillEveryKindSortedWhereTheKindSorts() {
        List<String> list = new ArrayList<>(List.of("b", "c", "a", "b"));
        Map<String, Integer> map = unsortedMap();
        Plain plain = new Plain(list, list, new LinkedHashSet<>(list), list, list, list, map, map, map);

        Kinds kinds = converter.fromPlain(plain);

        assertEquals(TreeSet.class, kinds.treeSet().getClass());
        assertEquals(TreeSet.class, kinds.sortedSet().getClass());
        assertEquals(TreeSet.class, kinds.navigableSet().getClass());
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(kinds.treeSet()));
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(kinds.sortedSet()));
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(kinds.navigableSet()));

        assertEquals(LinkedList.class, kinds.linkedList().getClass());
        assertEquals(List.of("b", "c", "a", "b"), kinds.linkedList());
        assertEquals(ArrayDeque.class, kinds.deque().getClass());
        assertEquals(List.of("b", "c", "a", "b"), new ArrayList<>(kinds.deque()));
        assertEquals(ArrayDeque.class, kinds.queue().getClass());
        assertEquals(List.of("b", "c", "a", "b"), new ArrayList<>(kinds.queue()));

        assertEquals(TreeMap.class, kinds.sortedMap().getClass());
        assertEquals(TreeMap.class, kinds.navigableMap().getClass());
        assertEquals(TreeMap.class, kinds.treeMap().getClass());
        assertEquals(List.of("alpha", "mu", "zeta"), new ArrayList<>(kinds.sortedMap().keySet()));
        assertEquals(List.of("alpha", "mu", "zeta"), new ArrayList<>(kinds.navigableMap().keySet()));
        assertEquals(List.of(2, 3, 1), new ArrayList<>(kinds.treeMap().values()));

        list.add("later");
        map.put("later", 9);
        assertEquals(4, kinds.linkedList().size());
        assertEquals(3, kinds.treeMap().size());
    }

    @Test
    void sameKindsAreCopiedNotShared() {
        TreeSet<String> treeSet = new TreeSet<>(List.of("b", "a"));
        TreeSet<String> sortedSet = new TreeSet<>(List.of("d", "c"));
        TreeSet<String> navigableSet = new TreeSet<>(List.of("f", "e"));
        LinkedList<String> linkedList = new LinkedList<>(List.of("y", "x"));
        Deque<String> deque = new ArrayDeque<>(List.of("q", "p"));
        Deque<String> queue = new LinkedList<>(List.of("s", "r"));
        TreeMap<String, Integer> sortedMap = new TreeMap<>(Map.of("k", 1, "j", 2));
        TreeMap<String, Integer> navigableMap = new TreeMap<>(Map.of("m", 3));
        TreeMap<String, Integer> treeMap = new TreeMap<>(Map.of("o", 4, "n", 5));
        Kinds kinds = new Kinds(treeSet, sortedSet, navigableSet, linkedList, deque, queue, sortedMap,
                navigableMap, treeMap);

        Kinds copy = converter.copy(kinds);

        assertNotSame(treeSet, copy.treeSet());
        assertNotSame(sortedSet, copy.sortedSet());
        assertNotSame(navigableSet, copy.navigableSet());
        assertNotSame(linkedList, copy.linkedList());
        assertNotSame(deque, copy.deque());
        assertNotSame(queue, copy.queue());
        assertNotSame(sortedMap, copy.sortedMap());
        assertNotSame(navigableMap, copy.navigableMap());
        assertNotSame(treeMap, copy.treeMap());

        assertEquals(TreeSet.class, copy.sortedSet().getClass());
        assertEquals(TreeSet.class, copy.navigableSet().getClass());
        assertEquals(ArrayDeque.class, copy.queue().getClass());
        assertEquals(TreeMap.class, copy.sortedMap().getClass());
        assertEquals(TreeMap.class, copy.navigableMap().getClass());

        assertEquals(treeSet, copy.treeSet());
        assertEquals(sortedSet, copy.sortedSet());
        assertEquals(navigableSet, copy.navigableSet());
        assertEquals(linkedList, copy.linkedList());
        assertEquals(List.of("q", "p"), new ArrayList<>(copy.deque()));
        assertEquals(List.of("s", "r"), new ArrayList<>(copy.queue()));
        assertEquals(sortedMap, copy.sortedMap());
        assertEquals(navigableMap, copy.navigableMap());
        assertEquals(treeMap, copy.treeMap());

        treeSet.add("later");
        deque.add("later");
        treeMap.put("later", 0);
        assertEquals(List.of("a", "b"), new ArrayList<>(copy.treeSet()));
        assertEquals(2, copy.deque().size());
        assertEquals(2, copy.treeMap().size());
    }

    @Test
    void convertedElementsFillEveryKind() {
        List<Color> colors = List.of(Color.BLUE, Color.RED, Color.GREEN, Color.RED);
        List<Item> items = List.of(new Item("b"), new Item("a"));
        Map<String, Item> map = new LinkedHashMap<>();
        map.put("z", new Item("last"));
        map.put("a", new Item("first"));
        Models models = new Models(colors, colors, new LinkedHashSet<>(colors), items, items, items, map, map, map);

        ModelDtos dtos = converter.convert(models);

        List<ColorDto> sortedColors = List.of(ColorDto.RED, ColorDto.GREEN, ColorDto.BLUE);
        assertEquals(TreeSet.class, dtos.treeSet().getClass());
        assertEquals(TreeSet.class, dtos.sortedSet().getClass());
        assertEquals(TreeSet.class, dtos.navigableSet().getClass());
        assertEquals(sortedColors, new ArrayList<>(dtos.treeSet()));
        assertEquals(sortedColors, new ArrayList<>(dtos.sortedSet()));
        assertEquals(sortedColors, new ArrayList<>(dtos.navigableSet()));

        List<ItemDto> itemDtos = List.of(new ItemDto("b"), new ItemDto("a"));
        assertEquals(LinkedList.class, dtos.linkedList().getClass());
        assertEquals(itemDtos, dtos.linkedList());
        assertEquals(ArrayDeque.class, dtos.deque().getClass());
        assertEquals(itemDtos, new ArrayList<>(dtos.deque()));
        assertEquals(ArrayDeque.class, dtos.queue().getClass());
        assertEquals(itemDtos, new ArrayList<>(dtos.queue()));

        Map<String, ItemDto> sortedDtos = new TreeMap<>(Map.of("a", new ItemDto("first"), "z", new ItemDto("last")));
        assertEquals(TreeMap.class, dtos.sortedMap().getClass());
        assertEquals(TreeMap.class, dtos.navigableMap().getClass());
        assertEquals(TreeMap.class, dtos.treeMap().getClass());
        assertEquals(List.of("a", "z"), new ArrayList<>(dtos.sortedMap().keySet()));
        assertEquals(sortedDtos, dtos.sortedMap());
        assertEquals(sortedDtos, dtos.navigableMap());
        assertEquals(sortedDtos, dtos.treeMap());
    }

    @Test
    void topLevelSortedSetAndDeque() {
        List<String> strings = new ArrayList<>(List.of("b", "a", "b"));

        TreeSet<String> sorted = converter.sortedCopy(strings);
        Deque<ItemDto> deque = converter.deque(List.of(new Item("x"), new Item("y")));

        assertEquals(List.of("a", "b"), new ArrayList<>(sorted));
        assertEquals(ArrayDeque.class, deque.getClass());
        assertEquals(List.of(new ItemDto("x"), new ItemDto("y")), new ArrayList<>(deque));
        assertNull(converter.sortedCopy(null));
        assertNull(converter.deque(null));
    }

    @Test
    void nullContainersStayNull() {
        Kinds kinds = converter.fromPlain(new Plain(null, null, null, null, null, null, null, null, null));

        assertEquals(new Kinds(null, null, null, null, null, null, null, null, null), kinds);
    }

    @Test
    void containersTransmuteDoesNotCreateUseTheDeclaredCoercers() {
        Map<Color, String> byColor = new LinkedHashMap<>();
        byColor.put(Color.GREEN, "g");
        byColor.put(Color.RED, "r");
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("a", 1));
        Special special = new Special(byColor, counts);

        SpecialDto dto = converter.special(special);

        assertEquals(EnumMap.class, dto.byColor().getClass());
        assertEquals(List.of(Color.RED, Color.GREEN), new ArrayList<>(dto.byColor().keySet()));
        assertEquals(byColor, dto.byColor());
        assertEquals(ConcurrentHashMap.class, dto.counts().getClass());
        assertEquals(counts, dto.counts());
        assertNotSame(counts, dto.counts());
        assertSame(null, converter.special(new Special(null, null)).byColor());
    }
}

package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import io.transmute.tests.containers.DeclaredImplementations.Item;
import io.transmute.tests.containers.DeclaredImplementations.ItemDto;
import io.transmute.tests.containers.DeclaredImplementations.Stock;
import io.transmute.tests.containers.DeclaredImplementations.StockDto;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DeclaredImplementationsTest {
    private final DeclaredImplementations converter = Converters.get(DeclaredImplementations.class);

    @Test
    void fillsDeclaredImplementationsInSourceIterationOrder() {
        Stock stock = new Stock(new TreeSet<>(Set.of("pear", "apple", "fig")),
                new ArrayDeque<>(List.of(new Item("z"), new Item("a"), new Item("z"))),
                new TreeMap<>(Map.of("b", new Item("bee"), "a", new Item("ay"))), new TreeSet<>(Set.of("h")),
                Map.of("k", new Item("kay")));

        StockDto dto = converter.convert(stock);

        assertEquals(List.of("apple", "fig", "pear"), dto.sorted());
        assertEquals(List.of(new ItemDto("z"), new ItemDto("a")), new ArrayList<>(dto.queue()));
        assertEquals(List.of("a", "b"), new ArrayList<>(dto.index().keySet()));
        assertEquals(List.of(new ItemDto("ay"), new ItemDto("bee")), new ArrayList<>(dto.index().values()));
        assertEquals(Set.of("h"), dto.hashed());
        assertEquals(Map.of("k", new ItemDto("kay")), dto.plain());
        assertTrue(dto.hashed() instanceof java.util.HashSet);
    }
}

package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.containers.CopySemantics.Bag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopySemanticsTest {
    private final CopySemantics converter = Converters.get(CopySemantics.class);

    @Test
    void everyContainerPropertyIsACopy() {
        List<String> inner = new ArrayList<>(List.of("x"));
        Bag bag = new Bag(new ArrayList<>(List.of("b", "a")), new LinkedHashSet<>(List.of("b", "a")),
                new ArrayList<>(List.of("c")), new String[] {"d", "e"}, new int[] {1, 2},
                new LinkedHashMap<>(Map.of("k", 1)), new ArrayList<>(List.of(inner)),
                Optional.of(new ArrayList<>(List.of("o"))));

        Bag copy = converter.copy(bag);

        assertNotSame(bag, copy);
        assertEquals(bag.list(), copy.list());
        assertNotSame(bag.list(), copy.list());
        assertEquals(List.of("b", "a"), new ArrayList<>(copy.set()));
        assertNotSame(bag.set(), copy.set());
        assertEquals(List.of("c"), new ArrayList<>(copy.collection()));
        assertNotSame(bag.collection(), copy.collection());
        assertArrayEquals(bag.array(), copy.array());
        assertNotSame(bag.array(), copy.array());
        assertArrayEquals(bag.ints(), copy.ints());
        assertNotSame(bag.ints(), copy.ints());
        assertEquals(bag.map(), copy.map());
        assertNotSame(bag.map(), copy.map());
        assertEquals(List.of(List.of("x")), copy.nested());
        assertNotSame(bag.nested(), copy.nested());
        assertNotSame(inner, copy.nested().get(0));
    }

    @Test
    void listInsideAnOptionalIsCopied() {
        List<String> inside = new ArrayList<>(List.of("o"));
        Bag bag = new Bag(List.of(), Set.of(), List.of(), new String[0], new int[0], Map.of(), List.of(),
                Optional.of(inside));

        Bag copy = converter.copy(bag);

        assertEquals(Optional.of(List.of("o")), copy.optionalList());
        assertNotSame(inside, copy.optionalList().get());
    }

    @Test
    void changingTheSourceAfterwardsDoesNotChangeTheCopy() {
        Bag bag = new Bag(new ArrayList<>(List.of("a")), new LinkedHashSet<>(), new ArrayList<>(), new String[] {"a"},
                new int[] {1}, new LinkedHashMap<>(), new ArrayList<>(), Optional.empty());

        Bag copy = converter.copy(bag);
        bag.list().add("later");
        bag.array()[0] = "changed";
        bag.ints()[0] = 99;
        bag.map().put("later", 1);

        assertEquals(List.of("a"), copy.list());
        assertArrayEquals(new String[] {"a"}, copy.array());
        assertArrayEquals(new int[] {1}, copy.ints());
        assertEquals(Map.of(), copy.map());
    }

    @Test
    void topLevelContainerConvertersCopy() {
        List<String> list = new ArrayList<>(List.of("a", "b"));
        String[] array = {"c"};

        List<String> listCopy = converter.copy(list);
        String[] arrayCopy = converter.copy(array);

        assertEquals(list, listCopy);
        assertNotSame(list, listCopy);
        assertArrayEquals(array, arrayCopy);
        assertNotSame(array, arrayCopy);
        assertNull(converter.copy((List<String>) null));
        assertNull(converter.copy((String[]) null));
    }
}

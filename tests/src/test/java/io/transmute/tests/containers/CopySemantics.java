package io.transmute.tests.containers;

import io.transmute.Converter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Containers of identical element types are still copied, never shared with the source. */
public interface CopySemantics {

    record Bag(List<String> list, Set<String> set, Collection<String> collection, String[] array, int[] ints,
            Map<String, Integer> map, List<List<String>> nested, Optional<List<String>> optionalList) {
    }

    @Converter
    Bag copy(Bag bag);

    @Converter
    List<String> copy(List<String> list);

    @Converter
    String[] copy(String[] array);
}

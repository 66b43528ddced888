package io.transmute.tests.containers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** An Iterable that is not a Collection: its size is unknown to the converter. */
public final class Pile<T> implements Iterable<T> {
    private final List<T> items;

    private Pile(List<T> items) {
        this.items = items;
    }

    @SafeVarargs
    public static <T> Pile<T> of(T... items) {
        List<T> list = new ArrayList<>(items.length);
        for (T item : items) {
            list.add(item);
        }
        return new Pile<>(list);
    }

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }
}

package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.containers.ContainerMatrix.ArrayShelf;
import io.transmute.tests.containers.ContainerMatrix.CollectionShelf;
import io.transmute.tests.containers.ContainerMatrix.ListShelf;
import io.transmute.tests.containers.ContainerMatrix.Review;
import io.transmute.tests.containers.ContainerMatrix.ReviewDto;
import io.transmute.tests.containers.ContainerMatrix.SetShelf;
import io.transmute.tests.containers.ContainerMatrix.Shelf;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContainerMatrixTest {
    private static final Review C = new Review("c", 3);
    private static final Review A = new Review("a", 1);
    private static final Review B = new Review("b", 2);
    private static final List<ReviewDto> CAB = List.of(new ReviewDto("c", 3), new ReviewDto("a", 1),
            new ReviewDto("b", 2));

    private final ContainerMatrix converter = Converters.get(ContainerMatrix.class);

    /** Every source holds C, A, B in that (non-sorted) order; the Collection is an ArrayDeque. */
    private static Shelf shelf() {
        return new Shelf(List.of(C, A, B), new LinkedHashSet<>(List.of(C, A, B)), new ArrayDeque<>(List.of(C, A, B)),
                Pile.of(C, A, B), new Review[] {C, A, B});
    }

    /** Each source holds C, A, C, B, A: a duplicate-carrying variant where the source allows it. */
    private static Shelf shelfWithDuplicates() {
        return new Shelf(List.of(C, A, C, B, A), new LinkedHashSet<>(List.of(C, A, B)),
                new ArrayDeque<>(List.of(C, A, C, B, A)), Pile.of(C, A, C, B, A), new Review[] {C, A, C, B, A});
    }

    @Test
    void everySourceToListKeepsOrderInAnArrayList() {
        ListShelf dto = converter.toLists(shelf());

        for (List<ReviewDto> list : List.of(dto.list(), dto.set(), dto.collection(), dto.iterable(), dto.array())) {
            assertEquals(CAB, list);
            assertEquals(ArrayList.class, list.getClass());
        }
    }

    @Test
    void everySourceToSetKeepsFirstOccurrenceOrderInALinkedHashSet() {
        SetShelf dto = converter.toSets(shelfWithDuplicates());

        for (Set<ReviewDto> set : List.of(dto.list(), dto.set(), dto.collection(), dto.iterable(), dto.array())) {
            assertEquals(CAB, new ArrayList<>(set));
            assertEquals(LinkedHashSet.class, set.getClass());
        }
    }

    @Test
    void everySourceToCollectionKeepsOrderAndDuplicates() {
        CollectionShelf dto = converter.toCollections(shelfWithDuplicates());

        List<ReviewDto> cacba = List.of(new ReviewDto("c", 3), new ReviewDto("a", 1), new ReviewDto("c", 3),
                new ReviewDto("b", 2), new ReviewDto("a", 1));
        for (Collection<ReviewDto> collection
                : List.of(dto.list(), dto.collection(), dto.iterable(), dto.array())) {
            assertEquals(cacba, new ArrayList<>(collection));
            assertEquals(ArrayList.class, collection.getClass());
        }
        assertEquals(CAB, new ArrayList<>(dto.set()));
    }

    @Test
    void everySourceToArrayKeepsOrder() {
        ArrayShelf dto = converter.toArrays(shelf());

        ReviewDto[] expected = CAB.toArray(new ReviewDto[0]);
        for (ReviewDto[] array : List.of(dto.list(), dto.set(), dto.collection(), dto.iterable(), dto.array())) {
            assertArrayEquals(expected, array);
        }
    }

    @Test
    void emptySourcesGiveEmptyContainers() {
        Shelf empty = new Shelf(List.of(), Set.of(), List.of(), Pile.of(), new Review[0]);

        ListShelf lists = converter.toLists(empty);
        ArrayShelf arrays = converter.toArrays(empty);

        assertEquals(new ListShelf(List.of(), List.of(), List.of(), List.of(), List.of()), lists);
        for (ReviewDto[] array
                : List.of(arrays.list(), arrays.set(), arrays.collection(), arrays.iterable(), arrays.array())) {
            assertEquals(0, array.length);
        }
    }

    @Test
    void nullSourcesGiveNull() {
        Shelf nothing = new Shelf(null, null, null, null, null);

        assertEquals(new ListShelf(null, null, null, null, null), converter.toLists(nothing));
        assertEquals(new SetShelf(null, null, null, null, null), converter.toSets(nothing));
        assertEquals(new CollectionShelf(null, null, null, null, null), converter.toCollections(nothing));
        ArrayShelf arrays = converter.toArrays(nothing);
        assertNull(arrays.list());
        assertNull(arrays.set());
        assertNull(arrays.collection());
        assertNull(arrays.iterable());
        assertNull(arrays.array());
    }

    @Test
    void nullElementsStayNull() {
        List<Review> withNull = new ArrayList<>();
        withNull.add(A);
        withNull.add(null);
        Shelf shelf = new Shelf(withNull, new LinkedHashSet<>(withNull), new ArrayList<>(withNull),
                Pile.of(A, null), new Review[] {A, null});

        ListShelf dto = converter.toLists(shelf);

        List<ReviewDto> expected = new ArrayList<>();
        expected.add(new ReviewDto("a", 1));
        expected.add(null);
        assertEquals(new ListShelf(expected, expected, expected, expected, expected), dto);
    }
}

package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.containers.TopLevelContainers.Book;
import io.transmute.tests.containers.TopLevelContainers.BookDto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopLevelContainersTest {
    private static final Book DUNE = new Book("Dune", 412);
    private static final Book EMMA = new Book("Emma", 474);
    private static final BookDto DUNE_DTO = new BookDto("Dune", 412);
    private static final BookDto EMMA_DTO = new BookDto("Emma", 474);

    private final TopLevelContainers converter = Converters.get(TopLevelContainers.class);

    @Test
    void listToListAppliesTheLinkToEachElement() {
        List<BookDto> dtos = converter.toList(List.of(EMMA, DUNE));

        assertEquals(List.of(EMMA_DTO, DUNE_DTO), dtos);
        assertEquals(ArrayList.class, dtos.getClass());
    }

    @Test
    void arrayToSetDeduplicatesInOrder() {
        var dtos = converter.toSet(new Book[] {EMMA, DUNE, EMMA});

        assertEquals(List.of(EMMA_DTO, DUNE_DTO), new ArrayList<>(dtos));
        assertEquals(LinkedHashSet.class, dtos.getClass());
    }

    @Test
    void collectionAndIterableSources() {
        assertArrayEquals(new BookDto[] {DUNE_DTO, EMMA_DTO}, converter.toArray(new ArrayList<>(List.of(DUNE, EMMA))));
        assertEquals(List.of(DUNE_DTO, EMMA_DTO), converter.fromIterable(Pile.of(DUNE, EMMA)));
    }

    @Test
    void optionals() {
        assertEquals(Optional.of(DUNE_DTO), converter.wrap(DUNE));
        assertEquals(Optional.empty(), converter.wrap(null));
        assertEquals(Optional.of(EMMA_DTO), converter.map(Optional.of(EMMA)));
        assertEquals(Optional.empty(), converter.map(Optional.empty()));
        assertEquals(Optional.empty(), converter.map(null));
    }

    @Test
    void nullContainersAndElements() {
        assertNull(converter.toList(null));
        assertNull(converter.toSet(null));
        assertNull(converter.toArray(null));
        assertNull(converter.fromIterable(null));
        assertEquals(Arrays.asList(DUNE_DTO, null), converter.toList(Arrays.asList(DUNE, null)));
    }
}

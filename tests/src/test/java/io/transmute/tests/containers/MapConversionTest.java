package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.containers.MapConversion.Genre;
import io.transmute.tests.containers.MapConversion.GenreDto;
import io.transmute.tests.containers.MapConversion.Library;
import io.transmute.tests.containers.MapConversion.LibraryDto;
import io.transmute.tests.containers.MapConversion.Review;
import io.transmute.tests.containers.MapConversion.ReviewDto;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MapConversionTest {
    private final MapConversion converter = Converters.get(MapConversion.class);

    @Test
    void convertedKeysThatStayDistinctKeepEveryValue() {
        Map<MapConversion.Word, Integer> counts = new LinkedHashMap<>();
        counts.put(new MapConversion.Word("a"), 1);
        counts.put(new MapConversion.Word("bcd"), 3);

        assertEquals(Map.of(1, 1, 3, 3), converter.byLength(counts));
    }

    /** Keeping the last value would lose one without a word: as Collectors.toMap, the copy refuses. */
    @Test
    void twoKeysConvertingToTheSameKeyAreAnError() {
        Map<MapConversion.Word, Integer> counts = new LinkedHashMap<>();
        counts.put(new MapConversion.Word("ab"), 1);
        counts.put(new MapConversion.Word("cd"), 2);

        IllegalStateException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> converter.byLength(counts));
        assertEquals("Two keys of the source map convert to the same key: Word[text=cd] gives 2", error.getMessage());
    }

    @Test
    void convertsKeysAndValuesKeepingTheSourceOrder() {
        Map<String, Review> byTitle = new TreeMap<>(Map.of("b", new Review("bee"), "a", new Review("ay"),
                "c", new Review("sea")));
        Map<Genre, Integer> counts = new LinkedHashMap<>();
        counts.put(Genre.POETRY, 2);
        counts.put(Genre.SCIFI, 7);
        Map<Genre, List<Review>> byGenre = new LinkedHashMap<>();
        byGenre.put(Genre.SCIFI, List.of(new Review("dune"), new Review("solaris")));
        byGenre.put(Genre.POETRY, List.of());

        LibraryDto dto = converter.convert(new Library(byTitle, counts, byGenre, Map.of("k", "v")));

        assertEquals(List.of("a", "b", "c"), new ArrayList<>(dto.byTitle().keySet()));
        assertEquals(List.of(new ReviewDto("ay"), new ReviewDto("bee"), new ReviewDto("sea")),
                new ArrayList<>(dto.byTitle().values()));
        assertEquals(LinkedHashMap.class, dto.byTitle().getClass());
        assertEquals(List.of(GenreDto.POETRY, GenreDto.SCIFI), new ArrayList<>(dto.counts().keySet()));
        assertEquals(List.of(2, 7), new ArrayList<>(dto.counts().values()));
        assertEquals(List.of(GenreDto.SCIFI, GenreDto.POETRY), new ArrayList<>(dto.byGenre().keySet()));
        assertEquals(List.of(new ReviewDto("dune"), new ReviewDto("solaris")), dto.byGenre().get(GenreDto.SCIFI));
        assertEquals(List.of(), dto.byGenre().get(GenreDto.POETRY));
        assertEquals(Map.of("k", "v"), dto.tags());
    }

    @Test
    void mapOfIdenticalTypesIsCopied() {
        Map<String, String> tags = new LinkedHashMap<>(Map.of("k", "v"));

        LibraryDto dto = converter.convert(new Library(Map.of(), Map.of(), Map.of(), tags));

        assertEquals(tags, dto.tags());
        assertNotSame(tags, dto.tags());
        tags.put("later", "x");
        assertEquals(Map.of("k", "v"), dto.tags());
    }

    @Test
    void nullMapsGiveNullAndNullValuesStayNull() {
        Map<String, Review> byTitle = new LinkedHashMap<>();
        byTitle.put("missing", null);
        Map<Genre, List<Review>> byGenre = new LinkedHashMap<>();
        byGenre.put(Genre.POETRY, null);

        LibraryDto dto = converter.convert(new Library(byTitle, null, byGenre, null));

        assertEquals(1, dto.byTitle().size());
        assertNull(dto.byTitle().get("missing"));
        assertNull(dto.counts());
        assertEquals(1, dto.byGenre().size());
        assertNull(dto.byGenre().get(GenreDto.POETRY));
        assertNull(dto.tags());
    }
}

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

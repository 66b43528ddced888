package io.transmute.tests.containers;

import io.transmute.Converter;
import java.util.List;
import java.util.Map;

/** Maps with keys and values converted; the result is a LinkedHashMap in the source's order. */
public interface MapConversion {

    enum Genre { SCIFI, POETRY }

    enum GenreDto { POETRY, SCIFI }

    record Review(String text) {
    }

    record ReviewDto(String text) {
    }

    record Library(Map<String, Review> byTitle, Map<Genre, Integer> counts, Map<Genre, List<Review>> byGenre,
            Map<String, String> tags) {
    }

    record LibraryDto(Map<String, ReviewDto> byTitle, Map<GenreDto, Number> counts,
            Map<GenreDto, List<ReviewDto>> byGenre, Map<String, String> tags) {
    }

    @Converter
    LibraryDto convert(Library library);
}

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

    /** A key type whose conversion may give two keys the same value: the length of a word. */
    record Word(String text) {
    }

    /** Counts by word, to counts by word length: "ab" and "cd" would both become 2. */
    @Converter
    Map<Integer, Integer> byLength(Map<Word, Integer> counts);

    @io.transmute.Coercer
    static Integer length(Word word) {
        return word.text().length();
    }
}

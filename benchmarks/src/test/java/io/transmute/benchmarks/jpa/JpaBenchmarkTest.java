package io.transmute.benchmarks.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.benchmarks.jpa.dto.BookDto;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JPA benchmarks compare like with like (each mapper gives the hand-written DTOs, except
 * SKIP on unloaded books), and the statement counts the results report are what they should be.
 * On 40 books: one call each, no timing.
 */
class JpaBenchmarkTest {
    private static final int BOOKS = 40;

    @Test
    void everyMapperGivesTheHandwrittenDtos() {
        JpaBenchmark benchmark = new JpaBenchmark();
        benchmark.setUp(BOOKS, false);
        try {
            benchmark.openLoadedSession();
            List<BookDto> expected = benchmark.jpaLoaded_handwritten();
            assertEquals(BOOKS, expected.size());
            BookDto third = expected.get(3);
            assertNotNull(third.author());
            assertEquals(3, third.reviews().size());
            assertEquals(2, third.tags().size());
            assertEquals(expected, benchmark.jpaLoaded_mapstruct());
            assertEquals(expected, benchmark.jpaLoaded_transmute());
            assertEquals(expected, benchmark.jpaLoaded_transmuteSkip());
            assertEquals(expected, benchmark.jpaLoaded_transmuteFail());
            benchmark.closeLoadedSession();
            assertEquals(expected, benchmark.jpaLazy_handwritten());
            assertEquals(expected, benchmark.jpaLazy_mapstruct());
            assertEquals(expected, benchmark.jpaLazy_transmute());
            assertEquals(expected, benchmark.jpaFetched_handwritten());
            assertEquals(expected, benchmark.jpaFetched_mapstruct());
            assertEquals(expected, benchmark.jpaFetched_transmute());
            assertEquals(expected, benchmark.jpaFetched_transmuteFail());
            BookDto skipped = benchmark.jpaLazy_transmuteSkip().get(3);
            assertNull(skipped.author());
            assertTrue(skipped.reviews().isEmpty());
            assertTrue(skipped.tags().isEmpty());
            assertEquals(third.title(), skipped.title());
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void statementCounts() {
        Map<String, Long> counts = JpaStatements.count(BOOKS);
        // The books, then each one's author (40 distinct of 100), reviews and tags: N+1.
        long lazy = 1 + BOOKS + 2 * BOOKS;
        assertEquals(lazy, counts.get("jpaLazy_handwritten"));
        assertEquals(lazy, counts.get("jpaLazy_mapstruct"));
        assertEquals(lazy, counts.get("jpaLazy_transmute"));
        assertEquals(1, counts.get("jpaLazy_transmuteSkip"));
        for (String mapper : List.of("handwritten", "mapstruct", "transmute", "transmuteFail")) {
            assertEquals(2, counts.get("jpaFetched_" + mapper), mapper);
        }
        for (String mapper : List.of("handwritten", "mapstruct", "transmute", "transmuteSkip", "transmuteFail")) {
            assertEquals(0, counts.get("jpaLoaded_" + mapper), mapper);
        }
        assertEquals(13, counts.size());
    }
}

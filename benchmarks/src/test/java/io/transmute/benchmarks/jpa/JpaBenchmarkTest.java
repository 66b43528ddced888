package io.transmute.benchmarks.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.benchmarks.jpa.dto.BookDto;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JPA benchmarks compare like with like (each mapper gives the hand-written DTOs, except
 * SKIP on unloaded books), and the statement counts the results report are what they should be.
 * On 40 books: one call each, no timing.
 */
class JpaBenchmarkTest {
    private static final int BOOKS = 40;
    private static final JpaBenchmark BENCHMARK = new JpaBenchmark();

    @BeforeAll
    static void setUp() {
        BENCHMARK.setUp(BOOKS, true);
    }

    @AfterAll
    static void tearDown() {
        BENCHMARK.tearDown();
    }

    @Test
    void everyMapperGivesTheHandwrittenDtos() {
        BENCHMARK.openLoadedSession();
        List<BookDto> expected;
        try {
            expected = BENCHMARK.jpaLoaded_handwritten();
            assertEquals(BOOKS, expected.size());
            BookDto third = expected.get(3);
            assertNotNull(third.author());
            assertEquals(3, third.reviews().size());
            assertEquals(2, third.tags().size());
            assertEquals(expected, BENCHMARK.jpaLoaded_mapstruct());
            assertEquals(expected, BENCHMARK.jpaLoaded_transmute());
            assertEquals(expected, BENCHMARK.jpaLoaded_transmuteSkip());
            assertEquals(expected, BENCHMARK.jpaLoaded_transmuteFail());
        } finally {
            BENCHMARK.closeLoadedSession();
        }
        assertEquals(expected, BENCHMARK.jpaLazy_handwritten());
        assertEquals(expected, BENCHMARK.jpaLazy_mapstruct());
        assertEquals(expected, BENCHMARK.jpaLazy_transmute());
        assertEquals(expected, BENCHMARK.jpaFetched_handwritten());
        assertEquals(expected, BENCHMARK.jpaFetched_mapstruct());
        assertEquals(expected, BENCHMARK.jpaFetched_transmute());
        assertEquals(expected, BENCHMARK.jpaFetched_transmuteFail());
        BookDto skipped = BENCHMARK.jpaLazy_transmuteSkip().get(3);
        assertNull(skipped.author());
        assertTrue(skipped.reviews().isEmpty());
        assertTrue(skipped.tags().isEmpty());
        assertEquals(expected.get(3).title(), skipped.title());
    }

    @Test
    void statementCounts() {
        Map<String, Long> counts = JpaStatements.count(BENCHMARK);
        // The books, then each one's author (40 distinct of 100), reviews and tags: N+1.
        long lazy = 1 + BOOKS + 2 * BOOKS;
        assertEquals(lazy, counts.get("jpaLazy_handwritten"));
        assertEquals(lazy, counts.get("jpaLazy_mapstruct"));
        assertEquals(lazy, counts.get("jpaLazy_transmute"));
        assertEquals(1, counts.get("jpaLazy_transmuteSkip"));
        // Books with author and tags, then their reviews.
        for (String mapper : List.of("handwritten", "mapstruct", "transmute", "transmuteFail")) {
            assertEquals(2, counts.get("jpaFetched_" + mapper), mapper);
        }
        for (String mapper : List.of("handwritten", "mapstruct", "transmute", "transmuteSkip", "transmuteFail")) {
            assertEquals(0, counts.get("jpaLoaded_" + mapper), mapper);
        }
        assertEquals(13, counts.size());
    }
}

package io.transmute.benchmarks.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.transmute.benchmarks.order.ProductDto;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: every mapper gives the same DTOs as the hand-written
 * baseline. (One call each; no timing here.)
 */
class MappingBenchmarkTest {
    private static MappingBenchmark benchmark;

    @BeforeAll
    static void setUp() {
        benchmark = new MappingBenchmark();
        benchmark.setUp();
    }

    @Test
    void order() {
        Object expected = benchmark.order_handwritten();
        assertNotNull(benchmark.order_handwritten().getShippingCity());
        assertEquals(5, benchmark.order_handwritten().getProducts().size());
        assertEquals(expected, benchmark.order_transmute());
        assertEquals(expected, benchmark.order_mapstruct());
        assertEquals(expected, benchmark.order_modelmapper());
    }

    @Test
    void wide() {
        Object expected = benchmark.wide_handwritten();
        assertNotNull(benchmark.wide_handwritten().getStatus());
        assertEquals(expected, benchmark.wide_transmute());
        assertEquals(expected, benchmark.wide_mapstruct());
        assertEquals(expected, benchmark.wide_modelmapper());
    }

    @Test
    void deep() {
        Object expected = benchmark.deep_handwritten();
        assertNotNull(benchmark.deep_handwritten().getNext().getNext().getNext().getNext());
        assertEquals(expected, benchmark.deep_transmute());
        assertEquals(expected, benchmark.deep_mapstruct());
        assertEquals(expected, benchmark.deep_modelmapper());
    }

    @Test
    void list() {
        List<ProductDto> expected = benchmark.list_handwritten();
        assertEquals(Fixtures.LIST_SIZE, expected.size());
        assertEquals(expected, benchmark.list_transmute());
        assertEquals(expected, benchmark.list_mapstruct());
        assertEquals(expected, benchmark.list_modelmapper());
    }
}

package io.transmute.benchmarks.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The corpus compiles in all three set-ups and both processors implement every interface: two
 * groups, one compilation each, no timing.
 */
class CompileBenchmarkTest {

    @Test
    void theCorpusCompilesWithEachSetUp() throws IOException {
        CompileBenchmark benchmark = new CompileBenchmark();
        benchmark.interfaces = 2;
        benchmark.generate();
        try {
            benchmark.freshOutput();
            assertEquals(0, benchmark.compile_javac());
            benchmark.freshOutput();
            assertEquals(2, benchmark.compile_transmute());
            benchmark.freshOutput();
            assertEquals(2, benchmark.compile_mapstruct());
        } finally {
            benchmark.deleteCorpus();
        }
    }
}

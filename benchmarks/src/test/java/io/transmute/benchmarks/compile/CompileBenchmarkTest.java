package io.transmute.benchmarks.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The corpus compiles in all three set-ups and both processors implement every interface (3 groups, one compilation each). */
class CompileBenchmarkTest {
    private final CompileBenchmark benchmark = new CompileBenchmark();

    @BeforeEach
    void generate() throws IOException {
        benchmark.interfaces = 3;
        benchmark.generate();
    }

    @AfterEach
    void delete() {
        benchmark.deleteCorpus();
    }

    @Test
    void javacAlone() {
        benchmark.freshOutput();
        assertEquals(0, benchmark.compile_javac());
    }

    @Test
    void transmute() {
        benchmark.freshOutput();
        assertEquals(3, benchmark.compile_transmute());
    }

    @Test
    void mapStruct() {
        benchmark.freshOutput();
        assertEquals(3, benchmark.compile_mapstruct());
    }
}

package io.transmute.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compile time: the generated corpus ({@link CorpusGenerator}, 200 converter interfaces with their
 * models) compiled by javac alone, javac + Transmute, and javac + MapStruct for the equivalent
 * {@code @Mapper}s. Each operation is one whole compilation (single shot); the report takes the
 * median of the measured ones.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CompileBenchmark {
    @Param("200")
    public int interfaces;

    private Path directory;
    private CorpusGenerator.Corpus corpus;
    private Javac javac;
    private Path output;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        directory = Files.createTempDirectory("transmute-corpus");
        corpus = CorpusGenerator.generate(directory.resolve("src"), interfaces);
        javac = new Javac();
    }

    @Setup(Level.Invocation)
    public void freshOutput() {
        output = directory.resolve("out");
        Javac.delete(output);
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TearDown(Level.Trial)
    public void deleteCorpus() {
        Javac.delete(directory);
    }

    @Benchmark
    public int compile_javac() {
        return javac.compile(Javac.javacAlone(), corpus.transmuteSources(), output);
    }

    @Benchmark
    public int compile_transmute() {
        return check(javac.compile(Javac.transmute(), corpus.transmuteSources(), output));
    }

    @Benchmark
    public int compile_mapstruct() {
        return check(javac.compile(Javac.mapStruct(), corpus.mapStructSources(), output));
    }

    /** Each converter interface has its implementation: the processor did the whole job. */
    private int check(int generated) {
        if (generated != interfaces) {
            throw new IllegalStateException(generated + " generated files for " + interfaces + " interfaces");
        }
        return generated;
    }
}

package io.transmute.benchmarks.report;

import io.transmute.benchmarks.compile.CompileBenchmark;
import io.transmute.benchmarks.jpa.JpaBenchmark;
import io.transmute.benchmarks.jpa.JpaStatements;
import io.transmute.benchmarks.mapping.MappingBenchmark;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark in one go and writes the results: {@code latest.json} (JMH's own JSON, all
 * benchmarks) and {@code latest.md} (the table), then prints the table. {@code benchmarks/run.sh}
 * calls it.
 *
 * <p>Arguments: {@code --out DIR} (where to write), {@code --smoke} (one fork, one short iteration:
 * checks that everything runs, numbers meaningless), {@code --java-version FILE} (what
 * {@code java -version} printed, for the machine description).
 */
public final class RunAll {

    /** How long each part runs. */
    record Settings(boolean smoke, int warmups, int iterations, TimeValue warmupTime, TimeValue iterationTime,
            int compileWarmups, int compileIterations) {

        static Settings fullRun() {
            return new Settings(false, 3, 5, TimeValue.seconds(1), TimeValue.seconds(1), 2, 7);
        }

        static Settings smokeRun() {
            return new Settings(true, 0, 1, TimeValue.milliseconds(100), TimeValue.milliseconds(100), 0, 1);
        }

        String describe() {
            return smoke
                    ? "smoke mode: 1 fork, 1 iteration of 100 ms, no warm-up (checks that everything runs; the"
                            + " numbers mean nothing)"
                    : "1 fork; run time: " + warmups + " warm-up and " + iterations + " measured iterations of "
                            + iterationTime + " each, with -prof gc; compile time: " + compileWarmups
                            + " warm-up and " + compileIterations + " measured compilations";
        }
    }

    private RunAll() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Path.of("benchmarks/results");
        Settings settings = Settings.fullRun();
        String javaVersion = System.getProperty("java.runtime.version");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> settings = Settings.smokeRun();
                case "--out" -> out = Path.of(args[++i]);
                case "--java-version" -> javaVersion = Files.readString(Path.of(args[++i])).strip();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --smoke, --out DIR, --java-version FILE)");
            }
        }
        Instant start = Instant.now();
        String loadBefore = Machine.loadAverage();
        List<RunResult> results = new ArrayList<>();
        results.addAll(run(runTime(settings)));
        results.addAll(run(compileTime(settings)));
        Map<String, Long> statements = JpaStatements.count(JpaBenchmark.BOOKS);
        Duration took = Duration.between(start, Instant.now());
        String load = "load average (1 / 5 / 15 min) " + loadBefore + " at the start, " + Machine.loadAverage()
                + " at the end";

        Files.createDirectories(out);
        try (PrintStream json = new PrintStream(Files.newOutputStream(out.resolve("latest.json")), true,
                StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, json).writeOut(results);
        }
        String table = new Report(results, statements, Machine.describe(javaVersion) + "; " + load,
                settings.describe(), took)
                .markdown();
        Files.writeString(out.resolve("latest.md"), table);
        System.out.println();
        System.out.println(table);
        System.out.println("Written: " + out.resolve("latest.md") + ", " + out.resolve("latest.json"));
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    /** Run-time conversion and JPA: ops/s or ms/op, and bytes/op from the GC profiler. */
    private static ChainedOptionsBuilder runTime(Settings settings) {
        return new OptionsBuilder()
                .include(Pattern.quote(MappingBenchmark.class.getName()) + "\\..*")
                .include(Pattern.quote(JpaBenchmark.class.getName()) + "\\..*")
                .addProfiler(GCProfiler.class)
                .forks(1)
                .warmupIterations(settings.warmups())
                .warmupTime(settings.warmupTime())
                .measurementIterations(settings.iterations())
                .measurementTime(settings.iterationTime())
                .shouldFailOnError(true);
    }

    /** Compile time: whole compilations, single shot. */
    private static ChainedOptionsBuilder compileTime(Settings settings) {
        return new OptionsBuilder()
                .include(Pattern.quote(CompileBenchmark.class.getName()) + "\\..*")
                .forks(1)
                .warmupIterations(settings.compileWarmups())
                .measurementIterations(settings.compileIterations())
                .shouldFailOnError(true);
    }
}

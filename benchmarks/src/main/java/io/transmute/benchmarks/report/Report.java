package io.transmute.benchmarks.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The results as Markdown tables: each benchmark {@code <model>_<mapper>} as a ratio to the
 * hand-written baseline of its model, with JMH's error, by wall clock (JMH's score) and by CPU time
 * ({@link CpuTimeProfiler}); and each target of the issue marked met or missed from the numbers.
 */
final class Report {
    /** The throughput a Transmute conversion must reach, as a fraction of hand-written code's. */
    static final double THROUGHPUT_TARGET = 0.97;

    /** A measure and its error (NaN when JMH could not compute one, from a single iteration). */
    record Measure(double value, double error, double median, double min, double max) {

        static Measure of(Result<?> result) {
            if (result == null) {
                return new Measure(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Measure(result.getScore(), result.getScoreError(), result.getStatistics().getPercentile(50),
                    result.getStatistics().getMin(), result.getStatistics().getMax());
        }

        double relativeError() {
            return Double.isNaN(error) || value == 0 ? 0 : error / value;
        }
    }

    /** One benchmark's numbers: JMH's score (wall clock), CPU time and bytes per operation. */
    record Score(String model, String mapper, Measure wall, Measure cpu, double bytesPerOp, long samples) {
    }

    /** A ratio "higher is better" of a benchmark to a baseline, and its propagated error. */
    record Ratio(double value, double error) {

        /** {@code score / baseline} for throughputs, {@code baseline / score} for times. */
        static Ratio of(Measure score, Measure baseline, boolean higherIsBetter) {
            double value = higherIsBetter ? score.value() / baseline.value() : baseline.value() / score.value();
            return new Ratio(value, value * Math.hypot(score.relativeError(), baseline.relativeError()));
        }

        /** Baseline's median time / this median time: robust to the odd iteration that the load slowed. */
        static Ratio ofMedians(Measure score, Measure baseline) {
            return new Ratio(baseline.median() / score.median(), 0);
        }

        boolean reaches(double target) {
            return value >= target;
        }

        boolean reachesWithinError(double target) {
            return value + error >= target;
        }

        @Override
        public String toString() {
            return format(value, 2) + (error == 0 ? "" : " ± " + format(error, 2));
        }
    }

    private static final List<String> MODELS = List.of("order", "wide", "deep", "list");
    private static final List<String> MAPPERS = List.of("handwritten", "transmute", "mapstruct", "modelmapper");
    private static final List<String> JPA_SCENARIOS = List.of("jpaLazy", "jpaFetched", "jpaLoaded");

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final Map<String, Long> statements;
    private final String machine;
    private final String settings;
    private final Duration took;
    private final List<String> targets = new ArrayList<>();

    Report(Collection<RunResult> results, Map<String, Long> statements, String machine, String settings,
            Duration took) {
        for (RunResult result : results) {
            Score score = score(result);
            scores.put(score.model() + "_" + score.mapper(), score);
        }
        this.statements = statements;
        this.machine = machine;
        this.settings = settings;
        this.took = took;
    }

    private static Score score(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        int separator = method.indexOf('_');
        Result<?> primary = result.getPrimaryResult();
        Result<?> cpu = null;
        double bytes = Double.NaN;
        for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                bytes = secondary.getValue().getScore();
            } else if (secondary.getKey().endsWith(CpuTimeProfiler.LABEL)) {
                cpu = secondary.getValue();
            }
        }
        return new Score(method.substring(0, separator), method.substring(separator + 1), Measure.of(primary),
                Measure.of(cpu), bytes, primary.getStatistics().getN());
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Transmute benchmarks\n\n");
        out.append("Taken ").append(LocalDate.now()).append(" on: ").append(machine).append(".\n\n");
        out.append("JMH 1.37, ").append(settings).append(". The whole run took ").append(took.toMinutes())
                .append(" min ").append(took.toSecondsPart()).append(" s. Reproduce with `benchmarks/run.sh`")
                .append(" (raw JMH output: `latest.json`).\n\n");
        out.append("Two measures of each benchmark: JMH's score (wall clock) with its 99.9% error, and the median")
                .append(" over the measured iterations of the CPU time the benchmark's JVM spent per operation")
                .append(" (`cpu.time.norm`, GC and JIT threads included). On a quiet machine they agree. On a")
                .append(" shared one, other processes take the cores for seconds at a time, so that one iteration")
                .append(" of a benchmark can be ten times slower than the next: then the ratios of median CPU time")
                .append(" are the comparison to read (an iteration the load hit still costs more CPU, but the median")
                .append(" ignores it). Ratios are \"higher is better\" (1.00 = as fast as the baseline).\n\n");
        runTime(out);
        compileTime(out);
        jpa(out);
        out.append("## Targets\n\n");
        out.append("Reported, not asserted, by each measure: a target is met when the ratio clears it by more than"
                + " its error, not resolved when the error straddles it, missed otherwise.\n\n");
        out.append("| Target | By wall clock (JMH score and error) | By median CPU time |\n|---|---|---|\n");
        for (String target : targets) {
            out.append(target).append('\n');
        }
        return out.toString();
    }

    private void runTime(StringBuilder out) {
        out.append("## Run-time conversion\n\n");
        out.append("One conversion per operation. Models: `order` (an order with a customer, two addresses and 5")
                .append(" products, flattened into an OrderDto with a product list), `wide` (30 properties:")
                .append(" primitives, boxes, strings, enums), `deep` (5 nested levels), `list` (1,000 products to")
                .append(" DTOs). bytes/op is `gc.alloc.rate.norm` from `-prof gc`.\n\n");
        out.append("| Benchmark | ops/s | ± error | vs hand-written | median CPU ns/op | vs hand-written (CPU) | bytes/op |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String model : MODELS) {
            Score baseline = scores.get(model + "_handwritten");
            if (baseline == null) {
                continue;
            }
            for (String mapper : MAPPERS) {
                Score score = scores.get(model + "_" + mapper);
                if (score == null) {
                    continue;
                }
                boolean isBaseline = mapper.equals("handwritten");
                out.append("| `").append(model).append('_').append(mapper).append("` | ")
                        .append(number(score.wall().value())).append(" | ").append(number(score.wall().error()))
                        .append(" | ").append(isBaseline ? "1.00" : Ratio.of(score.wall(), baseline.wall(), true))
                        .append(" | ").append(decimal(score.cpu().median())).append(" | ")
                        .append(isBaseline ? "1.00" : Ratio.ofMedians(score.cpu(), baseline.cpu()))
                        .append(" | ").append(number(score.bytesPerOp())).append(" |\n");
            }
        }
        out.append('\n');
        targets.add("| Transmute ≥ 0.97× hand-written throughput on every model | "
                + versus("handwritten", "", THROUGHPUT_TARGET, Score::wall, true) + " | "
                + versus("handwritten", "", THROUGHPUT_TARGET, Score::cpu, false) + " |");
        targets.add("| Transmute not below MapStruct | "
                + versus("mapstruct", " of MapStruct", 1, Score::wall, true) + " | "
                + versus("mapstruct", " of MapStruct", 1, Score::cpu, false) + " |");
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String model : MODELS) {
            Score transmute = scores.get(model + "_transmute");
            Score baseline = scores.get(model + "_handwritten");
            if (transmute == null || baseline == null) {
                continue;
            }
            String entry = model + " " + number(transmute.bytesPerOp()) + " vs " + number(baseline.bytesPerOp());
            boolean equal = Math.abs(transmute.bytesPerOp() - baseline.bytesPerOp())
                    <= Math.max(1, 0.01 * baseline.bytesPerOp());
            (equal ? met : missed).add(entry);
        }
        String allocation = verdict(met, missed);
        targets.add("| Transmute allocates what hand-written code allocates (bytes/op within 1%) | " + allocation
                + " | (bytes/op do not depend on the load) |");
    }

    /** Transmute against {@code other} on every model, by one measure. */
    private String versus(String other, String suffix, double target, ToDoubleFunctionOfScore measure,
            boolean higherIsBetter) {
        List<String> met = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String model : MODELS) {
            Score transmute = scores.get(model + "_transmute");
            Score baseline = scores.get(model + "_" + other);
            if (transmute == null || baseline == null) {
                continue;
            }
            Ratio ratio = higherIsBetter ? Ratio.of(measure.of(transmute), measure.of(baseline), true)
                    : Ratio.ofMedians(measure.of(transmute), measure.of(baseline));
            String entry = model + " " + format(ratio.value(), 2) + "×" + suffix;
            if (ratio.value() - ratio.error() >= target) {
                met.add(entry);
            } else if (ratio.reachesWithinError(target)) {
                // The error straddles the target: this run does not tell, either way.
                unresolved.add(entry + (ratio.reaches(target) ? "" : " (below, within error)"));
            } else {
                missed.add(entry);
            }
        }
        return verdict(met, unresolved, missed);
    }

    /** Selects a measure of a score. */
    @FunctionalInterface
    interface ToDoubleFunctionOfScore {
        Measure of(Score score);
    }

    private void compileTime(StringBuilder out) {
        Score javac = scores.get("compile_javac");
        Score transmute = scores.get("compile_transmute");
        Score mapStruct = scores.get("compile_mapstruct");
        if (javac == null || transmute == null || mapStruct == null) {
            return;
        }
        out.append("## Compile time\n\n");
        out.append("A generated corpus of 200 converter interfaces (each with its own models: an order with a")
                .append(" customer, addresses, a list of items and an enum, to DTOs with a nested address, item DTOs")
                .append(" and another enum; 1,800 source files) compiled in-process by javac, as Maven's compiler")
                .append(" plugin does: javac alone (no processor), with Transmute, and with MapStruct for the")
                .append(" equivalent `@Mapper`s. Medians of ").append(javac.samples())
                .append(" compilations after warm-up; lower is better, so the ratios here are times.\n\n");
        out.append("| Benchmark | median (ms) | min – max (ms) | vs MapStruct | median CPU (ms) | vs javac alone (CPU)")
                .append(" | vs MapStruct (CPU) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Score score : List.of(javac, transmute, mapStruct)) {
            out.append("| `compile_").append(score.mapper()).append("` | ").append(number(score.wall().median()))
                    .append(" | ").append(number(score.wall().min())).append(" – ").append(number(score.wall().max()))
                    .append(" | ").append(format(score.wall().median() / mapStruct.wall().median(), 2)).append("× | ")
                    .append(number(score.cpu().median() / 1e6)).append(" | ")
                    .append(format(score.cpu().median() / javac.cpu().median(), 2)).append("× | ")
                    .append(format(score.cpu().median() / mapStruct.cpu().median(), 2)).append("× |\n");
        }
        out.append('\n');
        double wall = transmute.wall().median() / mapStruct.wall().median();
        double cpu = transmute.cpu().median() / mapStruct.cpu().median();
        targets.add("| Compile time of the 200-interface corpus at most MapStruct's | "
                + (wall <= 1 ? "met: " : "**missed**: ") + format(wall, 2) + "× MapStruct's median | "
                + (cpu <= 1 ? "met: " : "**missed**: ") + format(cpu, 2) + "× MapStruct's median |");
    }

    private void jpa(StringBuilder out) {
        if (scores.get("jpaLazy_handwritten") == null) {
            return;
        }
        out.append("## JPA: 1,000 books to DTOs on Hibernate 7 and H2\n\n");
        out.append("1,000 `Book` entities, each with a lazy author (one of 100), 0 to 3 reviews and 2 tags, to")
                .append(" `BookDto`s (author, reviews, tag labels). One operation converts all 1,000 books:")
                .append(" `jpaLazy` opens a session and reads them with a plain query, so reading an association")
                .append(" loads it (N+1); `jpaFetched` reads them with their associations (a join-fetch query for")
                .append(" author and tags, one for the reviews); `jpaLoaded` converts 1,000 loaded books of an open")
                .append(" session, the conversion alone. Transmute runs with each unloaded policy: `transmute` is")
                .append(" `LOAD` (the default), `transmuteSkip` leaves what is not loaded empty (its `jpaLazy` DTOs")
                .append(" have no author, reviews or tags: another result, shown for its statements),")
                .append(" `transmuteFail` throws if anything is not loaded. Times are per operation (ms per 1,000")
                .append(" books, numerically µs per book); the ratios are hand-written time / this time. SQL")
                .append(" statements per operation are counted once per benchmark with Hibernate's statistics")
                .append(" (off while timing).\n\n");
        out.append("| Benchmark | ms | ± error | vs hand-written | median CPU ms | vs hand-written (CPU) | SQL statements")
                .append(" | bytes/op |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String scenario : JPA_SCENARIOS) {
            Score baseline = scores.get(scenario + "_handwritten");
            for (Score score : scores.values()) {
                if (!score.model().equals(scenario)) {
                    continue;
                }
                String name = scenario + "_" + score.mapper();
                boolean isBaseline = score.mapper().equals("handwritten");
                Long count = statements.get(name);
                out.append("| `").append(name).append("` | ").append(format(score.wall().value(), 3)).append(" | ")
                        .append(format(score.wall().error(), 3)).append(" | ")
                        .append(isBaseline || baseline == null ? "1.00" : Ratio.of(score.wall(), baseline.wall(), false))
                        .append(" | ").append(format(score.cpu().median() / 1e6, 3)).append(" | ")
                        .append(isBaseline || baseline == null ? "1.00" : Ratio.ofMedians(score.cpu(), baseline.cpu()))
                        .append(" | ").append(count == null ? "–" : String.valueOf(count)).append(" | ")
                        .append(number(score.bytesPerOp())).append(" |\n");
            }
        }
        out.append('\n');
    }

    private static String verdict(List<String> met, List<String> missed) {
        return verdict(met, List.of(), missed);
    }

    /** Met beyond the error, not resolved by this run (the error straddles the target), or missed. */
    private static String verdict(List<String> met, List<String> unresolved, List<String> missed) {
        if (met.isEmpty() && unresolved.isEmpty() && missed.isEmpty()) {
            return "not measured";
        }
        List<String> parts = new ArrayList<>();
        if (!missed.isEmpty()) {
            parts.add("**missed** on " + String.join(", ", missed));
        }
        if (!unresolved.isEmpty()) {
            parts.add("**not resolved** (the error straddles the target) on " + String.join(", ", unresolved));
        }
        if (!met.isEmpty()) {
            parts.add((parts.isEmpty() ? "met: " : "met on ") + String.join(", ", met));
        }
        return String.join("; ", parts);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.1f", value);
    }

    static String format(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}

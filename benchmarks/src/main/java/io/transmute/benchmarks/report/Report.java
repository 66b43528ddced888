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
 * The results as a Markdown table: each benchmark {@code <model>_<mapper>} as a ratio to the
 * hand-written baseline of its model, with JMH's error, and each target of the issue marked met
 * or missed from the numbers themselves.
 */
final class Report {
    /** The throughput a Transmute conversion must reach, as a fraction of hand-written code's. */
    static final double THROUGHPUT_TARGET = 0.97;

    /** One benchmark's numbers. */
    record Score(String model, String mapper, double score, double error, String unit, double bytesPerOp,
            double median, double min, double max, long samples) {

        /** The relative error (error / score), 0 when JMH could not compute one (a single iteration). */
        double relativeError() {
            return Double.isNaN(error) || score == 0 ? 0 : error / score;
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
        double bytes = Double.NaN;
        for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                bytes = secondary.getValue().getScore();
            }
        }
        return new Score(method.substring(0, separator), method.substring(separator + 1), primary.getScore(),
                primary.getScoreError(), primary.getScoreUnit(), bytes, primary.getStatistics().getPercentile(50),
                primary.getStatistics().getMin(), primary.getStatistics().getMax(), primary.getStatistics().getN());
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Transmute benchmarks\n\n");
        out.append("Taken ").append(LocalDate.now()).append(" on: ").append(machine).append(".\n\n");
        out.append("JMH 1.37, ").append(settings).append(". The whole run took ")
                .append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s. Reproduce with `benchmarks/run.sh`")
                .append(" (raw JMH output: `latest.json`).\n\n");
        runTime(out);
        compileTime(out);
        jpa(out);
        out.append("## Targets\n\n");
        out.append("Reported, not asserted: a missed target is listed as missed.\n\n");
        out.append("| Target | Result |\n|---|---|\n");
        for (String target : targets) {
            out.append(target).append('\n');
        }
        return out.toString();
    }

    private void runTime(StringBuilder out) {
        out.append("## Run-time conversion\n\n");
        out.append("Throughput of one conversion (ops/s, higher is better) ± JMH's 99.9% error; \"vs hand-written\"")
                .append(" is the throughput ratio to the hand-written baseline of the same model, with the error")
                .append(" of both; bytes/op is `gc.alloc.rate.norm` from `-prof gc`. Models: `order` (an order with")
                .append(" a customer, two addresses and 5 products, flattened into an OrderDto with a product list),")
                .append(" `wide` (30 properties: primitives, boxes, strings, enums), `deep` (5 nested levels),")
                .append(" `list` (1,000 products to DTOs).\n\n");
        out.append("| Benchmark | ops/s | ± error | vs hand-written | bytes/op |\n|---|---:|---:|---:|---:|\n");
        List<String> throughputMet = new ArrayList<>();
        List<String> throughputMissed = new ArrayList<>();
        List<String> mapStructMet = new ArrayList<>();
        List<String> mapStructMissed = new ArrayList<>();
        List<String> allocationMet = new ArrayList<>();
        List<String> allocationMissed = new ArrayList<>();
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
                out.append("| `").append(model).append('_').append(mapper).append("` | ")
                        .append(number(score.score())).append(" | ").append(error(score)).append(" | ")
                        .append(mapper.equals("handwritten") ? "1.00 (baseline)" : ratio(score, baseline))
                        .append(" | ").append(bytes(score.bytesPerOp())).append(" |\n");
            }
            Score transmute = scores.get(model + "_transmute");
            Score mapStruct = scores.get(model + "_mapstruct");
            if (transmute != null) {
                double ratio = transmute.score() / baseline.score();
                String entry = model + " " + format(ratio, 3) + "×";
                if (ratio >= THROUGHPUT_TARGET) {
                    throughputMet.add(entry);
                } else {
                    throughputMissed.add(entry + (withinError(transmute, baseline, THROUGHPUT_TARGET)
                            ? " (within error)" : ""));
                }
                double diff = transmute.bytesPerOp() - baseline.bytesPerOp();
                String bytes = model + " " + bytes(transmute.bytesPerOp()) + " vs " + bytes(baseline.bytesPerOp());
                if (Math.abs(diff) <= Math.max(1, 0.01 * baseline.bytesPerOp())) {
                    allocationMet.add(bytes);
                } else {
                    allocationMissed.add(bytes);
                }
            }
            if (transmute != null && mapStruct != null) {
                double ratio = transmute.score() / mapStruct.score();
                String entry = model + " " + format(ratio, 3) + "× MapStruct";
                if (ratio >= 1) {
                    mapStructMet.add(entry);
                } else {
                    mapStructMissed.add(entry + (withinError(transmute, mapStruct, 1) ? " (within error)" : ""));
                }
            }
        }
        out.append('\n');
        targets.add(target("Transmute ≥ 0.97× hand-written throughput on every model", throughputMet,
                throughputMissed));
        targets.add(target("Transmute not below MapStruct", mapStructMet, mapStructMissed));
        targets.add(target("Transmute allocates what hand-written code allocates (bytes/op within 1%)",
                allocationMet, allocationMissed));
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
                .append(" equivalent `@Mapper`s. Median of ").append(javac.samples())
                .append(" compilations after warm-up (lower is better).\n\n");
        out.append("| Benchmark | median (ms) | min – max (ms) | vs javac alone | vs MapStruct |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (Score score : List.of(javac, transmute, mapStruct)) {
            out.append("| `compile_").append(score.mapper()).append("` | ").append(number(score.median()))
                    .append(" | ").append(number(score.min())).append(" – ").append(number(score.max()))
                    .append(" | ").append(format(score.median() / javac.median(), 2)).append("× | ")
                    .append(format(score.median() / mapStruct.median(), 2)).append("× |\n");
        }
        out.append('\n');
        double ratio = transmute.median() / mapStruct.median();
        String entry = "median " + number(transmute.median()) + " ms vs " + number(mapStruct.median()) + " ms ("
                + format(ratio, 2) + "×)";
        targets.add(ratio <= 1 ? "| Compile time of the 200-interface corpus at most MapStruct's | met: " + entry + " |"
                : "| Compile time of the 200-interface corpus at most MapStruct's | **missed**: " + entry + " |");
    }

    private void jpa(StringBuilder out) {
        Score any = scores.get("jpaLazy_handwritten");
        if (any == null) {
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
                .append(" `transmuteFail` throws if anything is not loaded. Time per operation (ms, lower is")
                .append(" better; numerically equal to µs per book); \"speed vs hand-written\" is hand-written time")
                .append(" / this time. Statements are counted once per benchmark with Hibernate's statistics")
                .append(" (off while timing).\n\n");
        out.append("| Benchmark | ms / 1,000 books | ± error | speed vs hand-written | SQL statements | bytes/op |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (String scenario : JPA_SCENARIOS) {
            Score baseline = scores.get(scenario + "_handwritten");
            for (Score score : scores.values()) {
                if (!score.model().equals(scenario)) {
                    continue;
                }
                String name = scenario + "_" + score.mapper();
                Long count = statements.get(name);
                out.append("| `").append(name).append("` | ").append(format(score.score(), 3)).append(" | ")
                        .append(Double.isNaN(score.error()) ? "–" : format(score.error(), 3)).append(" | ")
                        .append(score.mapper().equals("handwritten") ? "1.00 (baseline)"
                                : baseline == null ? "–" : inverseRatio(score, baseline))
                        .append(" | ").append(count == null ? "–" : String.valueOf(count)).append(" | ")
                        .append(bytes(score.bytesPerOp())).append(" |\n");
            }
        }
        out.append('\n');
    }

    private static String target(String name, List<String> met, List<String> missed) {
        if (met.isEmpty() && missed.isEmpty()) {
            return "| " + name + " | not measured |";
        }
        if (missed.isEmpty()) {
            return "| " + name + " | met: " + String.join(", ", met) + " |";
        }
        return "| " + name + " | **missed** on " + String.join(", ", missed)
                + (met.isEmpty() ? "" : "; met on " + String.join(", ", met)) + " |";
    }

    /** Whether {@code score / baseline} could reach {@code target} within the error of both. */
    private static boolean withinError(Score score, Score baseline, double target) {
        double ratio = score.score() / baseline.score();
        return ratio + ratioError(score, baseline, ratio) >= target;
    }

    private static double ratioError(Score score, Score baseline, double ratio) {
        return ratio * Math.hypot(score.relativeError(), baseline.relativeError());
    }

    private static String ratio(Score score, Score baseline) {
        double ratio = score.score() / baseline.score();
        return format(ratio, 2) + " ± " + format(ratioError(score, baseline, ratio), 2);
    }

    private static String inverseRatio(Score score, Score baseline) {
        double ratio = baseline.score() / score.score();
        return format(ratio, 2) + " ± " + format(ratioError(score, baseline, ratio), 2);
    }

    private static String error(Score score) {
        return Double.isNaN(score.error()) ? "–" : number(score.error());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String bytes(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}

package io.transmute.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.transmute.processor.TransmuteProcessor;
import io.transmute.tests.robustness.FuzzCase.Expect;
import io.transmute.tests.robustness.LateGenerator.LateType;
import io.transmute.tests.robustness.RobustCompiler.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the processor with generated converter types ({@link FuzzGenerator}), valid and mutated,
 * many cases per javac run (each case in its own package). For every case: javac completes, Transmute
 * never crashes (no uncaught exception, no {@code [Transmute/Internal]}) and reports its errors on
 * elements of the case; a valid case gets an implementation with no error; a mutated case gets the
 * error its mistake calls for, and no implementation; whenever nothing is reported, the generated
 * code compiles under {@code -Xlint:all} with no warning of a category the user's own code does not
 * trigger; a valid case's implementation names exactly its converter type as originating element
 * (the processor is isolating). Types that another processor writes in a later round must be waited for.
 *
 * <p>{@code -Dtransmute.fuzz.cases=5000} runs more cases, {@code -Dtransmute.fuzz.seed=N} (or
 * {@code random}) starts elsewhere; case i has seed N + i, and a failure prints the case's seed
 * and sources ({@code -Dtransmute.fuzz.report=FILE} writes every failure to FILE).
 */
class RobustFuzzTest {
    private static final long DEFAULT_SEED = 6_2024L;
    private static final int DEFAULT_CASES = 240;
    private static final int BATCH = 40;
    private static final List<String> OPTIONS = List.of("-Xlint:all,-processing", "-Xmaxerrs", "100000",
            "-Xmaxwarns", "100000");
    private static final Pattern TAG = Pattern.compile("^\\[Transmute/(\\w+)]");

    private final List<String> failures = new ArrayList<>();
    private final Map<Expect, Integer> passed = new EnumMap<>(Expect.class);
    private final Map<String, Integer> tagsSeen = new TreeMap<>();
    private int compilations;
    /** Warnings in generated code of categories the user's code of the case triggers too. */
    private final Map<String, Integer> allowedWarnings = new TreeMap<>();
    /** The files Transmute created in the last compilation of valid cases, with their originating elements. */
    private OriginRecorder origins;
    private int aloneCompilations;

    private sealed interface Verdict permits Pass, Retry, Failure {
    }

    private record Pass() implements Verdict {
    }

    private record Retry() implements Verdict {
    }

    private record Failure(String why) implements Verdict {
    }

    @Test
    void generatedConvertersCompileOrGetTransmuteErrorsNeverCrashes() {
        String seedProperty = System.getProperty("transmute.fuzz.seed", String.valueOf(DEFAULT_SEED));
        long seed = seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
        int count = Integer.getInteger("transmute.fuzz.cases", DEFAULT_CASES);
        long start = System.nanoTime();

        List<FuzzCase> valid = new ArrayList<>();
        List<FuzzCase> mutated = new ArrayList<>();
        List<FuzzCase> fragile = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FuzzCase fuzzCase = FuzzGenerator.generate(seed + i);
            (fuzzCase.fragile ? fragile : fuzzCase.expect == Expect.VALID ? valid : mutated).add(fuzzCase);
        }
        // Valid cases apart: an error raised in round 1 stops javac's rounds, and with them the
        // later-round types of every other case of the run. Fragile cases apart: javac may run no
        // processor at all for them.
        for (List<FuzzCase> group : List.of(valid, mutated, fragile)) {
            for (int from = 0; from < group.size(); from += BATCH) {
                run(group.subList(from, Math.min(group.size(), from + BATCH)));
            }
        }

        System.out.printf("Fuzzed %d cases from seed %d in %d ms, %d javac runs (%d of one case): passed %s;"
                + " Transmute errors seen %s; warnings in generated code that the user's code causes too %s%n",
                count, seed, (System.nanoTime() - start) / 1_000_000, compilations, aloneCompilations, passed,
                tagsSeen, allowedWarnings);
        String report = System.getProperty("transmute.fuzz.report");
        if (report != null) {
            try {
                Files.writeString(Path.of(report), String.join("\n\n", failures));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + count + " fuzz cases failed (base seed " + seed + "):\n\n"
                    + String.join("\n\n", failures.subList(0, Math.min(8, failures.size()))));
        }
        assertTrue(passed.getOrDefault(Expect.VALID, 0) >= count / 4, () -> "too few valid cases: " + passed);
        assertTrue(passed.getOrDefault(Expect.ERROR, 0) >= count / 6, () -> "too few error cases: " + passed);
    }

    /** Compiles cases together; cases whose outcome another case may have disturbed run again, alone if need be. */
    private void run(List<FuzzCase> batch) {
        Deque<List<FuzzCase>> work = new ArrayDeque<>();
        work.add(batch);
        while (!work.isEmpty()) {
            List<FuzzCase> cases = work.poll();
            try (Output output = compile(cases)) {
                String trouble = unattributedTrouble(output, cases);
                if (trouble != null) {
                    if (cases.size() > 1) {
                        split(cases, work);
                    } else {
                        failures.add(trouble + "\n" + cases.get(0).describe());
                    }
                    continue;
                }
                List<FuzzCase> retry = new ArrayList<>();
                for (FuzzCase fuzzCase : cases) {
                    Verdict verdict = judge(fuzzCase, output);
                    if (verdict instanceof Pass) {
                        passed.merge(fuzzCase.expect, 1, Integer::sum);
                    } else if (verdict instanceof Retry && cases.size() > 1) {
                        retry.add(fuzzCase);
                    } else if (verdict instanceof Failure failure && cases.size() > 1) {
                        // Confirm alone: another case of the run may have stopped javac's rounds.
                        if (Boolean.getBoolean("transmute.fuzz.verbose")) {
                            System.out.println("again alone, seed " + fuzzCase.seed + ": " + failure.why());
                        }
                        work.add(List.of(fuzzCase));
                    } else {
                        String why = verdict instanceof Failure fail ? fail.why()
                                : "the compilation failed without any error in this case\n" + output.report();
                        failures.add(why + "\n" + fuzzCase.describe());
                    }
                }
                if (retry.size() == cases.size()) {
                    split(retry, work);
                } else if (!retry.isEmpty()) {
                    work.add(retry);
                }
            }
        }
    }

    private static void split(List<FuzzCase> cases, Deque<List<FuzzCase>> work) {
        work.add(cases.subList(0, cases.size() / 2));
        work.add(cases.subList(cases.size() / 2, cases.size()));
    }

    private Output compile(List<FuzzCase> cases) {
        compilations++;
        if (cases.size() == 1) {
            aloneCompilations++;
        }
        Map<String, String> sources = new LinkedHashMap<>();
        List<LateType> late = new ArrayList<>();
        for (FuzzCase fuzzCase : cases) {
            sources.putAll(fuzzCase.sources);
            late.addAll(fuzzCase.late);
        }
        // Valid cases record the originating elements of what Transmute writes. Not the others: under
        // a wrapped environment Transmute cannot use javac's trees to place errors on repeated @Links,
        // and that code must be fuzzed too.
        boolean record = cases.stream().allMatch(fuzzCase -> fuzzCase.expect == Expect.VALID);
        origins = record ? new OriginRecorder(new TransmuteProcessor()) : null;
        // The other processor first, as in ErrorsGeneratedSupertypeTest.
        return RobustCompiler.compile(RobustCompiler.javac(), sources,
                List.of(new LateGenerator(late), record ? origins : new TransmuteProcessor()), OPTIONS);
    }

    /** A crash, or an error or Transmute message that no case's file carries: the run must be split. */
    private static String unattributedTrouble(Output output, List<FuzzCase> cases) {
        if (output.thrown != null) {
            return "javac threw (a processor's uncaught exception?): " + stackTrace(output.thrown);
        }
        for (Diagnostic<? extends JavaFileObject> diagnostic : output.diagnostics) {
            String message = RobustCompiler.message(diagnostic);
            boolean attributed = caseOf(diagnostic, output, cases) != null;
            if (RobustCompiler.isCrash(diagnostic) && !attributed) {
                return "crash reported on no element of the case: " + RobustCompiler.describe(diagnostic);
            }
            if (!attributed && (diagnostic.getKind() == Diagnostic.Kind.ERROR || message.contains("[Transmute/"))) {
                return "a diagnostic on no file of the case: " + RobustCompiler.describe(diagnostic);
            }
        }
        return null;
    }

    private static String stackTrace(Throwable thrown) {
        java.io.StringWriter text = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    private static FuzzCase caseOf(Diagnostic<? extends JavaFileObject> diagnostic, Output output,
            List<FuzzCase> cases) {
        Path relative = relativePath(diagnostic, output);
        if (relative == null || relative.getNameCount() < 2) {
            return null;
        }
        String packageDirectory = relative.getName(0).toString();
        for (FuzzCase fuzzCase : cases) {
            if (fuzzCase.packageName.equals(packageDirectory)) {
                return fuzzCase;
            }
        }
        return null;
    }

    /** The diagnostic's file relative to the source or generated-source root, or null. */
    private static Path relativePath(Diagnostic<? extends JavaFileObject> diagnostic, Output output) {
        if (diagnostic.getSource() == null) {
            return null;
        }
        Path file;
        try {
            file = Path.of(diagnostic.getSource().toUri()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
        for (Path root : List.of(output.sources, output.generated)) {
            Path absolute = root.toAbsolutePath().normalize();
            if (file.startsWith(absolute)) {
                return absolute.relativize(file);
            }
        }
        return null;
    }

    private static boolean isGenerated(Diagnostic<? extends JavaFileObject> diagnostic, Output output) {
        return diagnostic.getSource() != null
                && Path.of(diagnostic.getSource().toUri()).toAbsolutePath().normalize()
                        .startsWith(output.generated.toAbsolutePath().normalize());
    }

    private Verdict judge(FuzzCase fuzzCase, Output output) {
        List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : output.diagnostics) {
            if (caseOf(diagnostic, output, List.of(fuzzCase)) != null) {
                diagnostics.add(diagnostic);
            }
        }
        List<String> errors = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            if (RobustCompiler.isCrash(diagnostic)) {
                return new Failure("Transmute crashed: " + RobustCompiler.describe(diagnostic));
            }
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(RobustCompiler.describe(diagnostic));
                Matcher tag = TAG.matcher(RobustCompiler.message(diagnostic));
                if (tag.find()) {
                    tags.add(tag.group(1));
                }
            }
        }
        boolean implemented = Files.exists(output.generated.resolve(fuzzCase.implementationPath));
        // Isolating: the one file Transmute writes for the case names exactly its converter type.
        String implementation = fuzzCase.implementationPath.replace('/', '.').replaceAll("\\.java$", "");
        Map<String, List<String>> created = origins == null ? Map.of() : origins.origins;
        for (Map.Entry<String, List<String>> file : created.entrySet()) {
            if (file.getKey().startsWith(fuzzCase.packageName + ".") && (!file.getKey().equals(implementation)
                    || !file.getValue().equals(List.of(fuzzCase.converterType)))) {
                return new Failure("Transmute created " + file.getKey() + " with originating elements "
                        + file.getValue() + "; expected only " + implementation + " from " + fuzzCase.converterType);
            }
        }
        if (!tags.isEmpty() && implemented && !fuzzCase.errorOutsideConverter) {
            return new Failure("Transmute reported errors " + tags + " but generated "
                    + fuzzCase.implementationPath + ":\n" + String.join("\n", errors));
        }
        switch (fuzzCase.expect) {
            case VALID -> {
                if (!errors.isEmpty()) {
                    return new Failure("a valid converter was rejected:\n" + String.join("\n", errors));
                }
                if (!output.success) {
                    return new Retry();
                }
                if (!implemented) {
                    return new Failure("no " + fuzzCase.implementationPath + " was generated for a valid converter");
                }
                return lint(fuzzCase, diagnostics, output);
            }
            case ERROR -> {
                if (tags.stream().anyMatch(fuzzCase.expectedTags::contains)) {
                    tags.forEach(tag -> tagsSeen.merge(tag, 1, Integer::sum));
                    return new Pass();
                }
                if (errors.isEmpty() && !output.success) {
                    return new Retry();
                }
                return new Failure("expected an error tagged " + fuzzCase.expectedTags + ", got "
                        + (errors.isEmpty() ? "none" + (output.success ? " (the converter compiled)" : "")
                                : "\n" + String.join("\n", errors)));
            }
            default -> {
                if (!errors.isEmpty()) {
                    tags.forEach(tag -> tagsSeen.merge(tag, 1, Integer::sum));
                    return new Pass();
                }
                if (!output.success) {
                    return new Retry();
                }
                return lint(fuzzCase, diagnostics, output);
            }
        }
    }

    /** No warning in generated code of a category that the user's own code of the case does not trigger. */
    private Verdict lint(FuzzCase fuzzCase, List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Output output) {
        Set<String> userCategories = new HashSet<>();
        List<Diagnostic<? extends JavaFileObject>> generatedWarnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            if (diagnostic.getKind() != Diagnostic.Kind.WARNING
                    && diagnostic.getKind() != Diagnostic.Kind.MANDATORY_WARNING) {
                continue;
            }
            if (isGenerated(diagnostic, output)) {
                generatedWarnings.add(diagnostic);
            } else {
                userCategories.add(category(diagnostic.getCode()));
            }
        }
        for (Diagnostic<? extends JavaFileObject> warning : generatedWarnings) {
            if (userCategories.contains(category(warning.getCode()))) {
                allowedWarnings.merge(category(warning.getCode()), 1, Integer::sum);
            } else {
                String file = fuzzCase.implementationPath;
                return new Failure("the generated code has a warning (" + warning.getCode() + ") that the user's code"
                        + " does not cause: " + RobustCompiler.describe(warning) + "\n--- generated " + file + "\n"
                        + output.generatedSources().getOrDefault(file, "(not found)"));
            }
        }
        return new Pass();
    }

    /** javac's lint category of a warning code, as far as these tests need it. */
    private static String category(String code) {
        if (code == null) {
            return "";
        }
        if (code.contains("raw.class.use")) {
            return "rawtypes";
        }
        if (code.contains("unchecked") || code.contains("prob.found.req")) {
            return "unchecked";
        }
        if (code.contains("deprecat")) {
            return "deprecation";
        }
        return code;
    }
}

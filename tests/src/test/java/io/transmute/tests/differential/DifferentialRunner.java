package io.transmute.tests.differential;

import io.transmute.Converters;
import io.transmute.tests.differential.CaseSpec.MethodSpec;
import io.transmute.tests.differential.CaseSpec.Param;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Runs differential cases: generates them from seeds, compiles them in batches with the processor
 * (in memory, one javac per batch), runs every converter method on random instances and compares
 * each result with the {@link Oracle}. Invalid cases must get exactly their one compile error.
 */
final class DifferentialRunner {

    /** Calls per converter method: several null densities, and a null source. */
    static final int CALLS_PER_METHOD = 8;
    private static final double[] NULL_CHANCES = {0, 0.1, 0.3, 0.5};

    /** One failing case. */
    record Failure(long seed, String kind, String detail, String sources, String generated) {
        /** Oracle or generator mistakes (never the processor's): fix the test, not Transmute. */
        boolean oracleSide() {
            return kind.startsWith("oracle") || kind.startsWith("generator");
        }
    }

    /** The figures of a run. */
    static final class Report {
        int cases;
        int valid;
        int invalid;
        int methods;
        int calls;
        int expectedNpes;
        long millis;
        final List<Failure> failures = new ArrayList<>();
        /** How often the oracle applied each rule. */
        final Map<String, Integer> rules = new TreeMap<>();

        String coverage() {
            StringBuilder text = new StringBuilder();
            rules.forEach((rule, count) -> text.append(String.format(Locale.ROOT, "  %8d  %s%n", count, rule)));
            return text.toString();
        }

        String summary() {
            Map<String, Integer> kinds = new TreeMap<>();
            for (Failure failure : failures) {
                kinds.merge(failure.kind, 1, Integer::sum);
            }
            return String.format(Locale.ROOT,
                    "%d cases (%d valid, %d invalid), %d converter methods, %d calls (%d expected NPEs) in %.1f s;"
                            + " %d failing cases %s",
                    cases, valid, invalid, methods, calls, expectedNpes, millis / 1000.0, failures.size(), kinds);
        }
    }

    private final PrintStream log;
    private final boolean verbose;
    private final Report report = new Report();

    DifferentialRunner(PrintStream log, boolean verbose) {
        this.log = log;
        this.verbose = verbose;
    }

    /** The seed of case {@code index} of a run with {@code baseSeed}. */
    static long caseSeed(long baseSeed, int index) {
        return mix(baseSeed + 0x9E3779B97F4A7C15L * (index + 1));
    }

    /** Whether the case of {@code seed} is a deliberately invalid one (about one in eight). */
    static boolean invalid(long seed) {
        return Math.floorMod(mix(seed ^ 0x5DEECE66DL), 8) == 0;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String packageOf(long seed) {
        return "dt.s" + Long.toHexString(seed);
    }

    Report run(List<Long> seeds, int batchSize) {
        long start = System.nanoTime();
        List<CaseSpec> valid = new ArrayList<>();
        List<CaseSpec> invalid = new ArrayList<>();
        for (long seed : seeds) {
            report.cases++;
            try {
                if (invalid(seed)) {
                    CaseSpec spec = CaseGenerator.generateInvalid(seed, packageOf(seed));
                    if (spec != null) {
                        invalid.add(spec);
                        report.invalid++;
                        flushIf(invalid, batchSize, false);
                        continue;
                    }
                }
                valid.add(CaseGenerator.generate(seed, packageOf(seed)));
                report.valid++;
            } catch (RuntimeException e) {
                fail(seed, "generator error", stackTrace(e), null, null);
            }
            flushIf(valid, batchSize, true);
        }
        flushIf(valid, 1, true);
        flushIf(invalid, 1, false);
        report.millis = (System.nanoTime() - start) / 1_000_000;
        return report;
    }

    private void flushIf(List<CaseSpec> batch, int size, boolean valid) {
        if (batch.size() >= size && !batch.isEmpty()) {
            if (valid) {
                runValid(new ArrayList<>(batch));
            } else {
                runInvalid(new ArrayList<>(batch));
            }
            batch.clear();
        }
    }

    // ------------------------------------------------------------------ valid cases

    private void runValid(List<CaseSpec> batch) {
        Map<String, CaseSpec> byPackage = new LinkedHashMap<>();
        Map<CaseSpec, Map<String, String>> sources = new LinkedHashMap<>();
        for (CaseSpec spec : batch) {
            byPackage.put(spec.pkg, spec);
            sources.put(spec, SourceRenderer.render(spec));
        }
        while (!byPackage.isEmpty()) {
            Map<String, String> all = new LinkedHashMap<>();
            for (CaseSpec spec : byPackage.values()) {
                all.putAll(sources.get(spec));
            }
            InMemoryJavac.Result result = InMemoryJavac.compile(all);
            Map<CaseSpec, List<Diagnostic<? extends JavaFileObject>>> problems = new LinkedHashMap<>();
            List<Diagnostic<? extends JavaFileObject>> orphans = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : result.diagnostics) {
                boolean error = diagnostic.getKind() == Diagnostic.Kind.ERROR;
                String type = InMemoryJavac.typeOf(diagnostic);
                boolean generatedFile = diagnostic.getSource() != null
                        && diagnostic.getSource().toUri().toString().contains("/generated/");
                if (!error && !(generatedFile || isTransmute(diagnostic))) {
                    continue; // warnings about the case's own sources are not Transmute's business
                }
                if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
                    continue;
                }
                CaseSpec owner = type == null ? null : byPackage.get(packageName(type));
                if (owner == null) {
                    if (error) {
                        orphans.add(diagnostic);
                    }
                    continue;
                }
                problems.computeIfAbsent(owner, k -> new ArrayList<>()).add(diagnostic);
            }
            if (!orphans.isEmpty() && problems.isEmpty()) {
                for (CaseSpec spec : byPackage.values()) {
                    fail(spec.seed, "generator error: batch failed to compile", describe(orphans), sources(sources.get(spec)),
                            null);
                }
                return;
            }
            if (!problems.isEmpty()) {
                for (Map.Entry<CaseSpec, List<Diagnostic<? extends JavaFileObject>>> entry : problems.entrySet()) {
                    CaseSpec spec = entry.getKey();
                    List<Diagnostic<? extends JavaFileObject>> diagnostics = entry.getValue();
                    boolean anyError = diagnostics.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
                    if (!anyError && result.success) {
                        // warnings only: report, but still run the case
                        fail(spec.seed, "generated code has warnings", describe(diagnostics), sources(sources.get(spec)),
                                generated(result, spec));
                        continue;
                    }
                    fail(spec.seed, classify(diagnostics), describe(diagnostics), sources(sources.get(spec)),
                            generated(result, spec));
                    byPackage.remove(spec.pkg);
                }
                if (!result.success) {
                    continue; // compile again without the failing cases
                }
            }
            if (!result.success) {
                for (CaseSpec spec : byPackage.values()) {
                    fail(spec.seed, "generator error: compilation failed without a diagnostic",
                            describe(result.diagnostics), sources(sources.get(spec)), null);
                }
                return;
            }
            ClassLoader loader = result.loader(DifferentialRunner.class.getClassLoader());
            for (CaseSpec spec : byPackage.values()) {
                runCase(spec, loader, sources.get(spec), result);
            }
            return;
        }
    }

    private static boolean isTransmute(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getMessage(Locale.ROOT).contains("[Transmute/");
    }

    private static String classify(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            String message = diagnostic.getMessage(Locale.ROOT);
            if (message.contains("[Transmute/Internal]") || message.contains("threw an uncaught exception")) {
                return "processor crash";
            }
        }
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null
                    && diagnostic.getSource().toUri().toString().contains("/generated/")) {
                return "generated code does not compile";
            }
        }
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            if (isTransmute(diagnostic) && diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                return "valid case rejected";
            }
        }
        return "generator error: invalid Java";
    }

    private void runCase(CaseSpec spec, ClassLoader loader, Map<String, String> sources, InMemoryJavac.Result result) {
        Object converter;
        Class<?> type;
        try {
            type = loader.loadClass(spec.converter.binaryName());
            converter = Converters.get(type);
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            fail(spec.seed, "no converter", stackTrace(e), sources(sources), generated(result, spec));
            return;
        }
        int methodIndex = 0;
        for (MethodSpec method : spec.converter.methods) {
            methodIndex++;
            report.methods++;
            String problem;
            try {
                problem = runMethod(spec, loader, type, converter, method, methodIndex);
            } catch (Oracle.OracleError e) {
                fail(spec.seed, "oracle error", method + ": " + stackTrace(e), sources(sources), generated(result, spec));
                return;
            }
            if (problem != null) {
                fail(spec.seed, "mismatch", method + ": " + problem, sources(sources), generated(result, spec));
                return;
            }
        }
    }

    private String runMethod(CaseSpec spec, ClassLoader loader, Class<?> type, Object converter, MethodSpec method,
            int methodIndex) {
        Oracle classes = new Oracle(spec, loader);
        Class<?>[] parameterTypes = new Class<?>[1 + method.extras.size()];
        parameterTypes[0] = classes.classOf(method.source);
        for (int i = 0; i < method.extras.size(); i++) {
            parameterTypes[i + 1] = classes.classOf(method.extras.get(i).type());
        }
        Method javaMethod;
        try {
            javaMethod = type.getMethod(method.name, parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new Oracle.OracleError("no method " + method, e);
        }
        for (int call = 0; call < CALLS_PER_METHOD; call++) {
            report.calls++;
            Random random = new Random(spec.seed * 1_000_003L + methodIndex * 101L + call);
            Oracle oracle = new Oracle(spec, loader);
            oracle.converter = converter;
            Instances instances = new Instances(random, NULL_CHANCES[call % NULL_CHANCES.length], oracle);
            Object[] args = new Object[parameterTypes.length];
            if (call < CALLS_PER_METHOD - 1) {
                for (int attempt = 0; attempt < 10 && args[0] == null; attempt++) {
                    args[0] = instances.value(method.source, 0);
                }
            }
            for (int i = 0; i < method.extras.size(); i++) {
                Param param = method.extras.get(i);
                args[i + 1] = instances.value(param.type(), 0);
            }
            Set<Object> sourceContainers = Structural.containers(args);
            Object expected = null;
            Oracle.ExpectedNpe npe = null;
            try {
                expected = oracle.invoke(method, args);
            } catch (Oracle.ExpectedNpe e) {
                npe = e;
                report.expectedNpes++;
            } finally {
                oracle.rules.forEach((rule, count) -> report.rules.merge(rule, count, Integer::sum));
            }
            Object actual;
            Throwable thrown = null;
            try {
                actual = javaMethod.invoke(converter, args);
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
                actual = null;
            } catch (IllegalAccessException e) {
                throw new Oracle.OracleError("cannot call " + method, e);
            }
            String call1 = "call " + call + " with " + showArgs(args);
            if (npe != null) {
                if (!(thrown instanceof NullPointerException)) {
                    return call1 + ": expected a NullPointerException (" + npe.getMessage() + ") but "
                            + (thrown == null ? "got " + Structural.show(actual) : "it threw " + stackTrace(thrown));
                }
                // which NPE comes first depends on the order properties are converted: any will do, but
                // one that generated code causes itself must be a checked one, with a message
                StackTraceElement[] trace = thrown.getStackTrace();
                int generated = 0;
                while (generated < trace.length && !trace[generated].getClassName().startsWith(spec.pkg + ".")) {
                    generated++;
                }
                // (HotSpot throws hot NPEs without a stack trace: then the origin is unknown)
                if (generated == 0 && trace.length > 0) {
                    return call1 + ": expected a null-checked NullPointerException (" + npe.getMessage()
                            + ") but generated code threw an unchecked one: " + stackTrace(thrown);
                }
                if (generated < trace.length && trace[generated - 1].getClassName().equals("java.util.Objects")
                        && (thrown.getMessage() == null || !thrown.getMessage().contains(" is null"))) {
                    return call1 + ": the NullPointerException has no message naming the properties: "
                            + stackTrace(thrown);
                }
                continue;
            }
            if (thrown != null) {
                return call1 + ": expected " + Structural.show(expected) + " but it threw " + stackTrace(thrown);
            }
            String difference = new Structural(oracle.shared, sourceContainers, loader).compare(expected, actual,
                    "result");
            if (difference != null) {
                return call1 + ": " + difference + "\n    expected " + Structural.show(expected) + "\n    actual   "
                        + Structural.show(actual);
            }
        }
        return null;
    }

    private static String showArgs(Object[] args) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < args.length; i++) {
            text.append(i == 0 ? "" : ", ").append(Structural.show(args[i]));
        }
        return text.append(')').toString();
    }

    // ------------------------------------------------------------------ invalid cases

    private void runInvalid(List<CaseSpec> batch) {
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, CaseSpec> byPackage = new LinkedHashMap<>();
        for (CaseSpec spec : batch) {
            all.putAll(SourceRenderer.render(spec));
            byPackage.put(spec.pkg, spec);
        }
        InMemoryJavac.Result result = InMemoryJavac.compile(all);
        Map<CaseSpec, List<Diagnostic<? extends JavaFileObject>>> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : result.diagnostics) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String type = InMemoryJavac.typeOf(diagnostic);
            CaseSpec owner = type == null ? null : byPackage.get(packageName(type));
            if (owner == null) {
                for (CaseSpec spec : batch) {
                    fail(spec.seed, "generator error: invalid batch", describe(List.of(diagnostic)),
                            sources(SourceRenderer.render(spec)), null);
                }
                return;
            }
            errors.computeIfAbsent(owner, k -> new ArrayList<>()).add(diagnostic);
        }
        for (CaseSpec spec : batch) {
            List<Diagnostic<? extends JavaFileObject>> found = errors.getOrDefault(spec, List.of());
            String converterFile = spec.pkg + "." + spec.converter.fileTypeName();
            String expectation = "expected exactly one " + spec.expectedError + " error (" + spec.mutation + ") in "
                    + converterFile;
            String problem = null;
            if (found.size() != 1) {
                problem = expectation + ", got " + found.size() + ":\n" + describe(found);
            } else {
                Diagnostic<? extends JavaFileObject> error = found.get(0);
                if (!error.getMessage(Locale.ROOT).startsWith(spec.expectedError)
                        || !converterFile.equals(InMemoryJavac.typeOf(error))) {
                    problem = expectation + ", got:\n" + describe(found);
                }
            }
            String implementation = spec.converter.binaryName().replace('$', '_') + "Impl";
            if (problem == null && result.generated.containsKey(implementation)) {
                problem = implementation + " was generated although its converter type has an error";
            }
            if (problem != null) {
                String kind = found.stream().anyMatch(d -> d.getMessage(Locale.ROOT).startsWith("[Transmute/"))
                        || found.isEmpty() ? "wrong compile error" : "generator error: invalid case is not valid Java";
                if (found.stream().anyMatch(d -> d.getMessage(Locale.ROOT).contains("[Transmute/Internal]"))) {
                    kind = "processor crash";
                }
                fail(spec.seed, kind, problem, sources(SourceRenderer.render(spec)), null);
            }
        }
    }

    // ------------------------------------------------------------------ reporting

    private void fail(long seed, String kind, String detail, String sources, String generated) {
        Failure failure = new Failure(seed, kind, detail, sources, generated);
        report.failures.add(failure);
        log.println("FAILED case seed " + seed + " (reproduce: -Dtransmute.differential.seed=" + seed + "): " + kind);
        log.println("  " + detail.replace("\n", "\n  "));
        if (verbose) {
            if (sources != null) {
                log.println(sources);
            }
            if (generated != null) {
                log.println(generated);
            }
        }
    }

    private static String packageName(String type) {
        int dot = type.lastIndexOf('.');
        String pkg = dot < 0 ? "" : type.substring(0, dot);
        if (pkg.startsWith("generated/")) {
            pkg = pkg.substring("generated/".length());
        }
        return pkg;
    }

    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        StringBuilder text = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            String line = diagnostic.getKind() + " " + InMemoryJavac.typeOf(diagnostic) + ":"
                    + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT);
            if (seen.add(line)) {
                text.append(line).append('\n');
            }
        }
        return text.toString().trim();
    }

    private static String sources(Map<String, String> sources) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            text.append("// ---- ").append(source.getKey()).append('\n').append(source.getValue());
        }
        return text.toString();
    }

    private static String generated(InMemoryJavac.Result result, CaseSpec spec) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> source : result.generated.entrySet()) {
            if (source.getKey().startsWith(spec.pkg + ".")) {
                text.append("// ---- generated ").append(source.getKey()).append('\n').append(source.getValue());
            }
        }
        return text.toString();
    }

    static String stackTrace(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(6, trace.length); i++) {
            text.append("\n      at ").append(trace[i]);
        }
        if (e.getCause() != null && e.getCause() != e) {
            text.append("\n    caused by ").append(stackTrace(e.getCause()));
        }
        return text.toString();
    }
}

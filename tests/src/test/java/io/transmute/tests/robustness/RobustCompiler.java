package io.transmute.tests.robustness;

import io.transmute.Converter;
import io.transmute.jpa.EntityStates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles user sources written to a temporary directory with any {@link JavaCompiler} (javac or
 * ECJ) and the given annotation processors, as a build tool would: sources on disk, generated
 * sources to their own directory, classes to another, {@code conversion-api} and
 * {@code jpa-support} on the class path. A processor that throws is recorded, not rethrown.
 */
final class RobustCompiler {

    /** What a compilation left behind; {@link #close()} deletes it. */
    static final class Output implements AutoCloseable {
        final Path root;
        final Path sources;
        final Path generated;
        final Path classes;
        final List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();
        /** What the compiler printed besides its diagnostics (ECJ prints a summary). */
        final java.io.StringWriter printed = new java.io.StringWriter();
        /** What the compiler's task threw (a processor's uncaught exception), or null. */
        Throwable thrown;
        boolean success;

        Output(Path root) throws IOException {
            this.root = root;
            this.sources = Files.createDirectories(root.resolve("src"));
            this.generated = Files.createDirectories(root.resolve("generated"));
            this.classes = Files.createDirectories(root.resolve("classes"));
        }

        List<Diagnostic<? extends JavaFileObject>> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        }

        List<String> errorMessages() {
            return errors().stream().map(RobustCompiler::message).toList();
        }

        /** The generated sources, by path relative to the generated-sources directory ("p/MapperImpl.java"). */
        Map<String, String> generatedSources() {
            Map<String, String> files = new TreeMap<>();
            if (!Files.isDirectory(generated)) {
                return files;
            }
            try (Stream<Path> walk = Files.walk(generated)) {
                for (Path path : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files.put(generated.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/"),
                            Files.readString(path));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return files;
        }

        /** A class loader over the compiled classes, child of the test's (which has conversion-api). */
        URLClassLoader classLoader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()}, RobustCompiler.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Calls the public static no-argument {@code run()} of {@code className} and returns its String. */
        String run(String className) throws ReflectiveOperationException {
            try (URLClassLoader loader = classLoader()) {
                return (String) loader.loadClass(className).getMethod("run").invoke(null);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new AssertionError("the compiled code failed: " + e.getCause(), e.getCause());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Everything the compilation reported, one diagnostic a line, for failure messages. */
        String report() {
            StringBuilder text = new StringBuilder();
            if (thrown != null) {
                text.append("compiler threw: ").append(thrown).append('\n');
            }
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
                text.append(describe(diagnostic)).append('\n');
            }
            return text.toString();
        }

        @Override
        public void close() {
            deleteRecursively(root);
        }
    }

    private RobustCompiler() {
    }

    static JavaCompiler javac() {
        return ToolProvider.getSystemJavaCompiler();
    }

    /**
     * Writes {@code sources} (relative path, such as "p/Mapper.java", to text) and compiles them with
     * {@code processors}, generated sources and classes going to the output's directories.
     */
    static Output compile(JavaCompiler compiler, Map<String, String> sources, List<? extends Processor> processors,
            List<String> options) {
        return compile(compiler, sources, processors, options, List.of());
    }

    /** The same, with {@code classPath} added to the class path (classes of an earlier compilation). */
    static Output compile(JavaCompiler compiler, Map<String, String> sources, List<? extends Processor> processors,
            List<String> options, List<Path> classPath) {
        Output output;
        try {
            output = new Output(Files.createTempDirectory("transmute-robust"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = output.sources.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager =
                    compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<Path> path = new ArrayList<>(classPath);
                path.add(location(Converter.class));
                path.add(location(EntityStates.class));
                fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, path);
                fileManager.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output.generated));
                fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output.classes));
                JavaCompiler.CompilationTask task = compiler.getTask(output.printed, fileManager, collector, options, null,
                        fileManager.getJavaFileObjectsFromPaths(files));
                task.setProcessors(processors);
                try {
                    output.success = Boolean.TRUE.equals(task.call());
                } catch (RuntimeException | Error e) {
                    output.thrown = e;
                }
            }
            output.diagnostics.addAll(collector.getDiagnostics());
            return output;
        } catch (IOException e) {
            output.close();
            throw new UncheckedIOException(e);
        }
    }

    /** The message of a diagnostic, in the root locale. */
    static String message(Diagnostic<? extends JavaFileObject> diagnostic) {
        return String.valueOf(diagnostic.getMessage(Locale.ROOT));
    }

    /** "file:line: KIND: message", for failure messages. */
    static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String file = diagnostic.getSource() == null ? "<no file>" : diagnostic.getSource().getName();
        return file + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getKind() + ": " + message(diagnostic);
    }

    /** Whether a diagnostic says that a processor crashed instead of reporting an error. */
    static boolean isCrash(Diagnostic<? extends JavaFileObject> diagnostic) {
        String message = message(diagnostic);
        return message.contains("[Transmute/Internal]") || message.contains("threw an uncaught exception")
                || message.contains("Exception in thread") || message.contains("\tat io.transmute.");
    }

    static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

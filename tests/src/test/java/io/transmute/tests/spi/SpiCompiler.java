package io.transmute.tests.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import io.transmute.Converter;
import io.transmute.processor.TransmuteProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
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
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.mapstruct.ap.spi.AccessorNamingStrategy;

/**
 * Compiles as a user's Maven build does, so that ServiceLoader really finds MapStruct plug-ins:
 * first the plug-ins (sources written in the test, as a user would) into a directory with their
 * {@code META-INF/services} files; then the user's code with javac, passing no processor
 * instance: javac discovers Transmute (and MapStruct's own processor) on the annotation processor
 * path made of the plug-in directories, Transmute's classes, JavaPoet and mapstruct-processor, and
 * Transmute finds the plug-ins there.
 */
final class SpiCompiler {

    private SpiCompiler() {
    }

    /** A compiled plug-in directory; {@link #close()} deletes it. */
    record Plugins(Path directory) implements AutoCloseable {
        @Override
        public void close() {
            deleteRecursively(directory);
        }
    }

    /**
     * Compiles plug-in sources (path such as "plugins/FluentNaming.java" to text) against
     * mapstruct-processor, and writes {@code services} (interface name to implementation names)
     * as {@code META-INF/services} files.
     */
    static Plugins plugins(Map<String, String> sources, Map<String, List<String>> services) {
        Path directory = temporaryDirectory("transmute-plugins");
        Path sourceDirectory = directory.resolve("src");
        Path classes = directory.resolve("classes");
        try {
            Files.createDirectories(classes);
            List<Path> files = write(sourceDirectory, sources);
            DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(collector, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(location(AccessorNamingStrategy.class)));
                fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
                boolean compiled = files.isEmpty() || javac.getTask(null, fileManager, collector, List.of("-proc:none"),
                        null, fileManager.getJavaFileObjectsFromPaths(files)).call();
                assertTrue(compiled, () -> "the plug-ins do not compile: " + collector.getDiagnostics());
            }
            for (Map.Entry<String, List<String>> service : services.entrySet()) {
                Path file = classes.resolve("META-INF/services/" + service.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, String.join("\n", service.getValue()) + "\n");
            }
            return new Plugins(directory);
        } catch (IOException e) {
            deleteRecursively(directory);
            throw new UncheckedIOException(e);
        }
    }

    /** What compiling the user's code left behind; {@link #close()} deletes it. */
    static final class Output implements AutoCloseable {
        final Path root;
        final Path generated;
        final Path classes;
        final List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();
        boolean success;

        private Output(Path root) throws IOException {
            this.root = root;
            this.generated = Files.createDirectories(root.resolve("generated"));
            this.classes = Files.createDirectories(root.resolve("classes"));
        }

        List<Diagnostic<? extends JavaFileObject>> of(Diagnostic.Kind kind) {
            return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
        }

        /** The compilation succeeded, with no diagnostic from Transmute or javac at all. */
        Output assertClean() {
            assertTrue(success && diagnostics.stream().noneMatch(d -> d.getKind() != Diagnostic.Kind.NOTE),
                    this::report);
            return this;
        }

        /**
         * The compilation reported exactly {@code count} errors, one of them containing {@code message},
         * in {@code file} (a path such as "p/BookMapper.java") on the line containing {@code line}.
         */
        void assertError(int count, String message, String file, String line) {
            assertEquals(count, of(Diagnostic.Kind.ERROR).size(), this::report);
            assertReported(Diagnostic.Kind.ERROR, message, file, line);
        }

        /** A diagnostic of {@code kind} contains {@code message}, on the given line (null: on no source). */
        void assertReported(Diagnostic.Kind kind, String message, String file, String line) {
            for (Diagnostic<? extends JavaFileObject> diagnostic : of(kind)) {
                if (!text(diagnostic).contains(message)) {
                    continue;
                }
                if (file == null) {
                    assertEquals(null, diagnostic.getSource(), () -> "reported on a source: " + report());
                } else {
                    assertTrue(diagnostic.getSource() != null
                            && diagnostic.getSource().toUri().getPath().endsWith("/" + file), this::report);
                    assertTrue(sourceLine(diagnostic).contains(line),
                            () -> "reported on '" + sourceLine(diagnostic) + "': " + report());
                }
                return;
            }
            fail("no " + kind + " containing \"" + message + "\":\n" + report());
        }

        /** The generated source of {@code qualifiedName}. */
        String generatedSource(String qualifiedName) {
            try {
                return Files.readString(generated.resolve(qualifiedName.replace('.', '/') + ".java"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean generatedSourceExists(String qualifiedName) {
            return Files.exists(generated.resolve(qualifiedName.replace('.', '/') + ".java"));
        }

        /**
         * Compiles {@code sources} again, without processors, over the classes of this output: a
         * change made after the converters were compiled, as in a later build of another module.
         */
        void recompile(Map<String, String> sources) throws IOException {
            List<Path> files = write(root.resolve("later"), sources);
            DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(collector, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(classes, location(Converter.class)));
                fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
                boolean compiled = javac.getTask(null, fileManager, collector, List.of("-proc:none"), null,
                        fileManager.getJavaFileObjectsFromPaths(files)).call();
                assertTrue(compiled, () -> "the later sources do not compile: " + collector.getDiagnostics());
            }
        }

        /** Calls the public static no-argument {@code run()} of {@code className} and returns its String. */
        String run(String className) throws ReflectiveOperationException {
            return call(className, "run");
        }

        /** Calls a public static no-argument method returning a String, on freshly loaded classes. */
        String call(String className, String method) throws ReflectiveOperationException {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    SpiCompiler.class.getClassLoader())) {
                return (String) loader.loadClass(className).getMethod(method).invoke(null);
            } catch (InvocationTargetException e) {
                throw new AssertionError("the compiled code failed: " + e.getCause(), e.getCause());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String report() {
            StringBuilder text = new StringBuilder("success=" + success + "\n");
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
                String file = diagnostic.getSource() == null ? "<no file>" : diagnostic.getSource().getName();
                text.append(file).append(':').append(diagnostic.getLineNumber()).append(": ")
                        .append(diagnostic.getKind()).append(": ").append(text(diagnostic)).append('\n');
            }
            return text.toString();
        }

        @Override
        public void close() {
            deleteRecursively(root);
        }

        private static String sourceLine(Diagnostic<? extends JavaFileObject> diagnostic) {
            try {
                String[] lines = diagnostic.getSource().getCharContent(true).toString().split("\n", -1);
                return lines[(int) diagnostic.getLineNumber() - 1];
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Compiles the user's {@code sources} (path such as "p/BookMapper.java" to text) with
     * conversion-api on the class path and, on the processor path, the plug-in directories first
     * (so that their own annotation processors, if any, run first in each round), then Transmute,
     * JavaPoet and mapstruct-processor.
     */
    static Output compile(List<Plugins> plugins, Map<String, String> sources, String... options) {
        Output output;
        try {
            output = new Output(temporaryDirectory("transmute-spi"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<Path> files = write(output.root.resolve("src"), sources);
            List<Path> processorPath = new ArrayList<>();
            plugins.forEach(plugin -> processorPath.add(plugin.directory().resolve("classes")));
            processorPath.add(location(TransmuteProcessor.class));
            processorPath.add(location(JavaFile.class));
            processorPath.add(location(AccessorNamingStrategy.class));
            DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(collector, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(location(Converter.class)));
                fileManager.setLocationFromPaths(StandardLocation.ANNOTATION_PROCESSOR_PATH, processorPath);
                fileManager.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output.generated));
                fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output.classes));
                List<String> arguments = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Xlint:-processing"));
                arguments.addAll(List.of(options));
                StringWriter printed = new StringWriter();
                output.success = javac.getTask(printed, new IsolatedProcessorPath(fileManager, processorPath), collector,
                        arguments, null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            }
            output.diagnostics.addAll(collector.getDiagnostics());
            return output;
        } catch (IOException e) {
            output.close();
            throw new UncheckedIOException(e);
        }
    }

    /**
     * javac loads processors through a class loader whose parent is its own, which in a test is the
     * class loader holding Transmute's classes already: Transmute would be loaded from there and
     * never see the plug-ins. Maven's javac has no such parent; this file manager gives the
     * processor path a class loader of its own, as Maven's does.
     */
    private static final class IsolatedProcessorPath extends ForwardingJavaFileManager<JavaFileManager> {
        private final List<Path> processorPath;

        IsolatedProcessorPath(JavaFileManager fileManager, List<Path> processorPath) {
            super(fileManager);
            this.processorPath = processorPath;
        }

        @Override
        public ClassLoader getClassLoader(Location location) {
            if (location != StandardLocation.ANNOTATION_PROCESSOR_PATH) {
                return super.getClassLoader(location);
            }
            URL[] urls = processorPath.stream().map(SpiCompiler::url).toArray(URL[]::new);
            return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        }
    }

    static String text(Diagnostic<? extends JavaFileObject> diagnostic) {
        return String.valueOf(diagnostic.getMessage(Locale.ROOT));
    }

    /** Writes the sources; javac gets them in the order of their paths, so that tests are repeatable. */
    private static List<Path> write(Path directory, Map<String, String> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : new TreeMap<>(sources).entrySet()) {
            Path file = directory.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file);
        }
        return files;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

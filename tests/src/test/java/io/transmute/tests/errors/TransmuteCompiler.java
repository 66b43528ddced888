package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.transmute.Converter;
import io.transmute.processor.TransmuteProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles small converter sources in-process with the Transmute processor, for the compile-error
 * tests. Every compilation is checked for processor crashes before a test looks at its errors.
 */
final class TransmuteCompiler {

    /** What every {@link #converter} source starts with; tests point at lines by content, never by number. */
    private static final String HEADER = """
            package p;

            import io.transmute.*;
            import java.math.BigDecimal;
            import java.time.LocalDate;
            import java.util.*;

            """;

    private TransmuteCompiler() {
    }

    /** A source file {@code p/<simpleName>.java}: the standard imports, then {@code body}. */
    static JavaFileObject converter(String simpleName, String body) {
        return JavaFileObjects.forSourceString("p." + simpleName, HEADER + body);
    }

    /** A source file written in full (package and imports included). */
    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /** Compiles with Transmute and fails the test if Transmute crashed. */
    static Compilation compile(JavaFileObject... sources) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new TransmuteProcessor())
                .compile(sources);
        assertNoCrash(compilation);
        return compilation;
    }

    /** Compiles with Transmute given processor options such as {@code -Atransmute.unlinked=WARN}. */
    static Compilation compileWithOptions(List<String> options, JavaFileObject... sources) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new TransmuteProcessor())
                .withOptions(options)
                .compile(sources);
        assertNoCrash(compilation);
        return compilation;
    }

    /** Compiles with only conversion-api on the class path: no Spring, no dependency injection API. */
    static Compilation compileWithApiOnly(JavaFileObject... sources) {
        return compileWithApiOnlyAndOptions(List.of(), sources);
    }

    static Compilation compileWithApiOnlyAndOptions(List<String> options, JavaFileObject... sources) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new TransmuteProcessor())
                .withClasspath(List.of(apiClasses().toFile()))
                .withOptions(options)
                .compile(sources);
        assertNoCrash(compilation);
        return compilation;
    }

    /** No diagnostic says that Transmute failed internally. */
    static void assertNoCrash(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            if (message.contains("[Transmute/Internal]") || message.contains("threw an uncaught exception")) {
                fail("Transmute crashed instead of reporting a compile error:\n" + message);
            }
        }
    }

    /** The compilation failed with exactly one error, {@code message}, on the line containing {@code line}. */
    static void assertOnlyError(Compilation compilation, JavaFileObject file, String message, String line) {
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
        assertThat(compilation).hadErrorCount(1);
    }

    /** Compiling {@code sources} gives {@code qualifiedName} no implementation. */
    static void assertNotGenerated(String qualifiedName, JavaFileObject... sources) {
        Set<String> generated = generatedTypes(sources);
        assertTrue(!generated.contains(qualifiedName),
                () -> qualifiedName + " was generated although its converter type has errors");
    }

    /** Compiling {@code sources} generates {@code qualifiedName}, even if the compilation fails elsewhere. */
    static void assertGenerated(String qualifiedName, JavaFileObject... sources) {
        Set<String> generated = generatedTypes(sources);
        assertTrue(generated.contains(qualifiedName),
                () -> qualifiedName + " was not generated; generated: " + generated);
    }

    /**
     * The qualified names of the source files Transmute generates for {@code sources}. compile-testing
     * hides generated files when a compilation fails, so this compiles again with javax.tools, writing
     * generated sources to a temporary directory (the processor still runs in a genuine javac).
     */
    static Set<String> generatedTypes(JavaFileObject... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path output = null;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            output = Files.createTempDirectory("transmute-errors");
            Path generatedSources = Files.createDirectory(output.resolve("sources"));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generatedSources));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT,
                    List.of(Files.createDirectory(output.resolve("classes"))));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(apiClasses()));
            JavaCompiler.CompilationTask task = javac.getTask(null, files,
                    new DiagnosticCollector<>(), List.of("-proc:only"), null, List.of(sources));
            task.setProcessors(List.of(new TransmuteProcessor()));
            task.call();
            Set<String> names = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(generatedSources)) {
                walk.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                    String relative = generatedSources.relativize(path).toString();
                    names.add(relative.substring(0, relative.length() - ".java".length())
                            .replace(path.getFileSystem().getSeparator(), "."));
                });
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(output);
        }
    }

    private static Path apiClasses() {
        try {
            return Path.of(Converter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.transmute.tests.di;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.transmute.processor.TransmuteProcessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles converters in-process with Transmute (and processor options), strictly: the generated
 * code must compile without a single lint warning. The classes are then loaded from compile-testing's
 * in-memory output, for the test to run or to hand to a container.
 */
final class InMemoryCompiler {
    private static final String IMPORTS = """
            import io.transmute.*;
            import java.util.*;

            """;

    private InMemoryCompiler() {
    }

    /** A source file of package {@code p}, with Transmute's and java.util's imports. */
    static JavaFileObject source(String simpleName, String body) {
        return JavaFileObjects.forSourceString("p." + simpleName, "package p;\n\n" + IMPORTS + body);
    }

    /** A source file written in full. */
    static JavaFileObject fullSource(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /** Compiles with Transmute and {@code -Xlint:all}; fails the test on any warning or error. */
    static Compilation compileCleanly(List<String> options, JavaFileObject... sources) {
        Compilation compilation = compile(options, sources);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    /** Compiles with Transmute and {@code -Xlint:all}; fails the test only if Transmute crashed. */
    static Compilation compile(List<String> options, JavaFileObject... sources) {
        return compile(List.of(new TransmuteProcessor()), options, sources);
    }

    /** Compiles with Transmute beside another processor (MapStruct's); fails the test on any warning or error. */
    static Compilation compileCleanlyWith(Processor other, JavaFileObject... sources) {
        Compilation compilation = compile(List.of(new TransmuteProcessor(), other), List.of(), sources);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static Compilation compile(List<Processor> processors, List<String> options, JavaFileObject... sources) {
        List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Xlint:-processing"));
        all.addAll(options);
        Compilation compilation = Compiler.javac()
                .withProcessors(processors)
                .withOptions(all)
                .compile(sources);
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String message = diagnostic.getMessage(Locale.ROOT);
            if (message.contains("[Transmute/Internal]") || message.contains("threw an uncaught exception")) {
                fail("Transmute crashed instead of reporting a compile error:\n" + message);
            }
        }
        return compilation;
    }

    /** The text of a generated source file, e.g. {@code p.BookMapperImpl}. */
    static String generated(Compilation compilation, String qualifiedName) {
        JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError(qualifiedName + " was not generated"));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A class loader for the compiled classes, child of the test's own, so that they see Spring,
     * Weld and the Transmute API as the test does. Containers also read class files as resources.
     */
    static ClassLoader loader(Compilation compilation) {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }

            @Override
            public InputStream getResourceAsStream(String name) {
                String className = name.endsWith(".class")
                        ? name.substring(0, name.length() - ".class".length()).replace('/', '.') : null;
                if (className != null && classes.containsKey(className)) {
                    return new ByteArrayInputStream(classes.get(className));
                }
                return super.getResourceAsStream(name);
            }
        };
    }

    /** Loads one compiled class. */
    static Class<?> load(ClassLoader loader, String qualifiedName) {
        try {
            return loader.loadClass(qualifiedName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(qualifiedName + " was not compiled", e);
        }
    }
}

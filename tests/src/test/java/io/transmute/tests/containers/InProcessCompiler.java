package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.transmute.processor.TransmuteProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Compiles one converter source with the processor in-process and loads the result, for cases that
 * cannot sit in the module's own sources because they do not compile yet (a processor bug would
 * then fail the whole module instead of one test).
 */
final class InProcessCompiler {
    private InProcessCompiler() {
    }

    /** Compiles {@code source} (class {@code className}), asserts no diagnostics, and loads the classes. */
    static ClassLoader compile(String className, String source) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new TransmuteProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing")
                .compile(JavaFileObjects.forSourceString(className, source));
        assertEquals("", compilation.diagnostics().stream()
                .map(d -> d.getKind() + ": " + d.getMessage(null))
                .collect(Collectors.joining("\n")), "diagnostics");
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
        return new ClassLoader(InProcessCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }

    /** A new instance of {@code className}'s only public constructor. */
    static Object create(ClassLoader loader, String className, Object... arguments) {
        try {
            return loader.loadClass(className).getConstructors()[0].newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

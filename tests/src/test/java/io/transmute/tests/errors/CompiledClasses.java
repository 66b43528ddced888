package io.transmute.tests.errors;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Runs code compiled in-process by compile-testing, for tests that must compile with an extra
 * processor or whose generated code must be checked to compile before the module's own build can.
 */
final class CompiledClasses {

    private CompiledClasses() {
    }

    /** Calls the public static no-argument {@code run()} of {@code className} and returns its String. */
    static String run(Compilation compilation, String className) throws ReflectiveOperationException {
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
        ClassLoader loader = new ClassLoader(CompiledClasses.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        try {
            return (String) loader.loadClass(className).getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the compiled code failed", e.getCause());
        }
    }
}

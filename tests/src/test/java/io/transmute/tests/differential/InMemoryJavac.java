package io.transmute.tests.differential;

import io.transmute.Converter;
import io.transmute.processor.TransmuteProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sources with javac and the Transmute processor entirely in memory: sources in, class
 * bytes and generated sources out, with every diagnostic.
 */
final class InMemoryJavac {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    /** What one javac run produced. */
    static final class Result {
        final boolean success;
        final Map<String, byte[]> classes;
        /** Generated sources by qualified type name. */
        final Map<String, String> generated;
        final List<Diagnostic<? extends JavaFileObject>> diagnostics;

        Result(boolean success, Map<String, byte[]> classes, Map<String, String> generated,
                List<Diagnostic<? extends JavaFileObject>> diagnostics) {
            this.success = success;
            this.classes = classes;
            this.generated = generated;
            this.diagnostics = diagnostics;
        }

        ClassLoader loader(ClassLoader parent) {
            return new ClassLoader(parent) {
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
    }

    private InMemoryJavac() {
    }

    /** Compiles {@code sources} (qualified type name to text) with the processor. */
    static Result compile(Map<String, String> sources) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Map<String, String> generated = new LinkedHashMap<>();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            units.add(new Source(source.getKey(), source.getValue()));
        }
        try (StandardJavaFileManager standard = JAVAC.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(apiClasses()));
            JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                        FileObject sibling) {
                    if (kind == JavaFileObject.Kind.CLASS) {
                        return new ClassOutput(className, classes);
                    }
                    return new GeneratedSource(className, generated);
                }

                @Override
                public boolean isSameFile(FileObject a, FileObject b) {
                    return a.toUri().equals(b.toUri());
                }
            };
            List<String> options = List.of("-Xlint:all,-processing", "-encoding", "UTF-8", "-g:none",
                    "-Xmaxerrs", "100000", "-Xmaxwarns", "100000", "-implicit:none");
            JavaCompiler.CompilationTask task = JAVAC.getTask(null, files, diagnostics, options, null, units);
            task.setProcessors(List.of(new TransmuteProcessor()));
            boolean success = task.call();
            return new Result(success, classes, generated, diagnostics.getDiagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path apiClasses() {
        try {
            return Path.of(Converter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The qualified type name a diagnostic's file holds, or null. */
    static String typeOf(Diagnostic<? extends JavaFileObject> diagnostic) {
        JavaFileObject source = diagnostic.getSource();
        if (source instanceof Named named) {
            return named.typeName();
        }
        return null;
    }

    interface Named {
        String typeName();
    }

    static URI uri(String typeName, JavaFileObject.Kind kind) {
        return URI.create("mem:///" + typeName.replace('.', '/') + kind.extension);
    }

    private static final class Source extends SimpleJavaFileObject implements Named {
        private final String typeName;
        private final String text;

        Source(String typeName, String text) {
            super(uri(typeName, Kind.SOURCE), Kind.SOURCE);
            this.typeName = typeName;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public String typeName() {
            return typeName;
        }
    }

    private static final class GeneratedSource extends SimpleJavaFileObject implements Named {
        private final String typeName;
        private final Map<String, String> generated;

        GeneratedSource(String typeName, Map<String, String> generated) {
            super(uri("generated/" + typeName, Kind.SOURCE), Kind.SOURCE);
            this.typeName = typeName;
            this.generated = generated;
        }

        @Override
        public Writer openWriter() {
            return new StringWriter() {
                @Override
                public void close() throws IOException {
                    super.close();
                    generated.put(typeName, toString());
                }
            };
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() throws IOException {
                    super.close();
                    generated.put(typeName, toString(StandardCharsets.UTF_8));
                }
            };
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            String text = generated.get(typeName);
            if (text == null) {
                throw new IllegalStateException("not written yet: " + typeName);
            }
            return text;
        }

        @Override
        public String typeName() {
            return typeName;
        }
    }

    private static final class ClassOutput extends SimpleJavaFileObject {
        private final String className;
        private final Map<String, byte[]> classes;

        ClassOutput(String className, Map<String, byte[]> classes) {
            super(uri(className, Kind.CLASS), Kind.CLASS);
            this.className = className;
            this.classes = classes;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() throws IOException {
                    super.close();
                    classes.put(className, toByteArray());
                }
            };
        }
    }
}

package io.transmute.ecosystem.immutables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;

/**
 * Compiles a few sources with javac and the processors of this module's test class path (Immutables,
 * Transmute), as the module's own build would, for cases that must not break the module's build.
 */
final class InMemoryBuild {
    private InMemoryBuild() {
    }

    /** Compiles the sources (file name to text) into {@code directory}, and loads the result. */
    static ClassLoader compile(Path directory, Map<String, String> sources) {
        try {
            Path sourceDir = Files.createDirectories(directory.resolve("src"));
            Path classes = Files.createDirectories(directory.resolve("classes"));
            List<String> arguments = new ArrayList<>(List.of(
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(),
                    "-s", Files.createDirectories(directory.resolve("generated")).toString()));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceDir.resolve(source.getKey());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                arguments.add(file.toString());
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int status = ToolProvider.getSystemJavaCompiler().run(null, output, output, arguments.toArray(String[]::new));
            assertEquals(0, status, output.toString(StandardCharsets.UTF_8));
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, InMemoryBuild.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

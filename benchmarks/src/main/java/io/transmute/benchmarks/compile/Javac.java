package io.transmute.benchmarks.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac in this process, as Maven's compiler plugin runs it: the compiler's own code stays warm
 * from one compilation to the next, an annotation processor is loaded afresh from its processor
 * path each time (as in each module of a build).
 */
public final class Javac {
    /** How the corpus is compiled: its class path and, unless none, its processor path. */
    public record Setup(String name, List<Path> classPath, List<Path> processorPath) {
    }

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

    /** javac alone: Transmute's annotations on the class path, annotation processing off. */
    public static Setup javacAlone() {
        return new Setup("javac", List.of(jarOf("io.transmute.Converter")), List.of());
    }

    /** javac + Transmute: conversion-api on the class path, the processor (and JavaPoet) on the processor path. */
    public static Setup transmute() {
        return new Setup("transmute", List.of(jarOf("io.transmute.Converter")),
                List.of(jarOf("io.transmute.processor.TransmuteProcessor"), jarOf("com.palantir.javapoet.JavaFile")));
    }

    /** javac + MapStruct: mapstruct on the class path, mapstruct-processor on the processor path. */
    public static Setup mapStruct() {
        return new Setup("mapstruct", List.of(jarOf("org.mapstruct.Mapper")),
                List.of(jarOf("org.mapstruct.ap.MappingProcessor")));
    }

    /**
     * Compiles {@code sources} into {@code output} (classes and generated sources). Returns the
     * number of source files the processor generated; fails on any compile error.
     */
    public int compile(Setup setup, List<Path> sources, Path output) {
        Path classes = output.resolve("classes");
        Path generated = output.resolve("generated");
        try {
            Files.createDirectories(classes);
            Files.createDirectories(generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                "-classpath", join(setup.classPath()), "-implicit:none", "-nowarn", "-encoding", "UTF-8"));
        if (setup.processorPath().isEmpty()) {
            options.add("-proc:none");
        } else {
            options.addAll(List.of("-processorpath", join(setup.processorPath())));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            StringWriter out = new StringWriter();
            boolean success = compiler.getTask(out, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!success) {
                StringBuilder message = new StringBuilder(setup.name() + ": the corpus does not compile\n");
                diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(10)
                        .forEach(d -> message.append(d).append('\n'));
                throw new IllegalStateException(message.append(out).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.walk(generated)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory tree. */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    /** The jar (or classes directory) a class is loaded from, on this process's class path. */
    static Path jarOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, Javac.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(className + " is not on the class path", e);
        }
    }
}

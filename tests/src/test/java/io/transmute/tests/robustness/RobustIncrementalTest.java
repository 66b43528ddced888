package io.transmute.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.processor.TransmuteProcessor;
import io.transmute.tests.robustness.RobustCompiler.Output;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Incremental builds. The processor is declared isolating for Gradle, whose contract is that every
 * generated file names exactly one originating element: here, its converter type. Gradle then
 * recompiles a changed converter type alone, with the classes of the unchanged files on the class
 * path and the stale outputs of the changed file deleted; that must regenerate its implementation
 * and nothing else.
 */
class RobustIncrementalTest {

    private static final String HEADER = """
            package p;

            import io.transmute.*;
            import java.util.*;

            """;

    private static final Map<String, String> SOURCES = sources(Map.of(
            "p/Book.java", HEADER + "public record Book(String title, int pages, List<Author> authors) {}\n",
            "p/Author.java", HEADER + "public record Author(String name) {}\n",
            "p/BookDto.java", HEADER + "public record BookDto(String title, int pages, List<AuthorDto> authors) {}\n",
            "p/AuthorDto.java", HEADER + "public record AuthorDto(String name) {}\n",
            "p/BookMapper.java", HEADER + """
                    public interface BookMapper {
                        @Converter
                        BookDto convert(Book book);
                    }
                    """,
            "p/AuthorMapper.java", HEADER + """
                    public interface AuthorMapper {
                        @Converter
                        AuthorDto convert(Author author);

                        @Converter
                        List<AuthorDto> convert(List<Author> authors);
                    }
                    """,
            "p/Outer.java", HEADER + """
                    public interface Outer {
                        interface Inner {
                            @Converter
                            AuthorDto convert(Author author);
                        }
                    }
                    """,
            "p/BaseMapper.java", HEADER + """
                    public interface BaseMapper<S, D> {
                        @Converter
                        D convert(S source);
                    }
                    """,
            "p/GenericBookMapper.java", HEADER + "public interface GenericBookMapper extends BaseMapper<Book, BookDto> {}\n",
            "p/AbstractAuthorMapper.java", HEADER + """
                    public abstract class AbstractAuthorMapper {
                        @Converter
                        @Link(from = "name", to = "name", coercer = "upper")
                        public abstract AuthorDto convert(Author author);

                        public static String upper(String name) {
                            return name.toUpperCase(Locale.ROOT);
                        }
                    }
                    """));

    /** BookMapper, changed: the title is now filled from a parameter. */
    private static final String CHANGED_BOOK_MAPPER = HEADER + """
            public interface BookMapper {
                @Converter
                @Link(fromParam = "title", to = "title")
                BookDto convert(Book book, String title);
            }
            """;

    private static Map<String, String> sources(Map<String, String> files) {
        return Collections.unmodifiableMap(new java.util.TreeMap<>(files));
    }

    @Test
    void isDeclaredIsolating() throws IOException {
        List<String> declarations = new ArrayList<>();
        for (URL url : Collections.list(TransmuteProcessor.class.getClassLoader()
                .getResources("META-INF/gradle/incremental.annotation.processors"))) {
            try (InputStream in = url.openStream()) {
                declarations.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(line -> line.startsWith("io.transmute.")).toList());
            }
        }
        assertEquals(List.of("io.transmute.processor.TransmuteProcessor,isolating"), declarations);
    }

    @Test
    void everyGeneratedFileNamesExactlyItsConverterTypeAsOriginatingElement() {
        OriginRecorder recorder = new OriginRecorder(new TransmuteProcessor());
        try (Output output = RobustCompiler.compile(RobustCompiler.javac(), SOURCES, List.of(recorder),
                List.of())) {
            assertTrue(output.success, output::report);
            Map<String, List<String>> expected = new LinkedHashMap<>();
            expected.put("p.AbstractAuthorMapperImpl", List.of("p.AbstractAuthorMapper"));
            expected.put("p.AuthorMapperImpl", List.of("p.AuthorMapper"));
            expected.put("p.BookMapperImpl", List.of("p.BookMapper"));
            expected.put("p.GenericBookMapperImpl", List.of("p.GenericBookMapper"));
            expected.put("p.Outer_InnerImpl", List.of("p.Outer.Inner"));
            assertEquals(expected, new java.util.TreeMap<>(recorder.origins));
            assertEquals(expected.keySet().stream().map(name -> name.replace('.', '/') + ".java").toList(),
                    new ArrayList<>(output.generatedSources().keySet()));
        }
    }

    @Test
    void recompilingOneChangedConverterTypeAloneRegeneratesOnlyItsImplementation()
            throws IOException, ReflectiveOperationException {
        try (Output full = RobustCompiler.compile(RobustCompiler.javac(), SOURCES, List.of(new TransmuteProcessor()),
                List.of())) {
            assertTrue(full.success, full::report);
            Path unchanged = Files.createTempDirectory("transmute-unchanged");
            try {
                // What Gradle keeps: the classes of every unchanged file. The changed file's classes and
                // the files generated from it are deleted before it is recompiled.
                copyClassesExcept(full.classes, unchanged, "p/BookMapper.class", "p/BookMapperImpl.class");
                OriginRecorder recorder = new OriginRecorder(new TransmuteProcessor());
                try (Output changed = RobustCompiler.compile(RobustCompiler.javac(),
                        Map.of("p/BookMapper.java", CHANGED_BOOK_MAPPER), List.of(recorder), List.of(),
                        List.of(unchanged))) {
                    assertTrue(changed.success, changed::report);
                    assertEquals(List.of("p/BookMapperImpl.java"), new ArrayList<>(changed.generatedSources().keySet()));
                    assertEquals(Map.of("p.BookMapperImpl", List.of("p.BookMapper")), recorder.origins);
                    assertTrue(changed.generatedSources().get("p/BookMapperImpl.java")
                            .contains("public BookDto convert(Book book, String title)"),
                            () -> changed.generatedSources().toString());

                    try (URLClassLoader loader = new URLClassLoader(new URL[] {changed.classes.toUri().toURL(),
                            unchanged.toUri().toURL()}, RobustIncrementalTest.class.getClassLoader())) {
                        Object book = loader.loadClass("p.Book").getConstructors()[0].newInstance("Dune", 412,
                                List.of(loader.loadClass("p.Author").getConstructors()[0].newInstance("Herbert")));
                        Object bookMapper = loader.loadClass("p.BookMapperImpl").getConstructor().newInstance();
                        Object converted = bookMapper.getClass().getMethod("convert", loader.loadClass("p.Book"),
                                String.class).invoke(bookMapper, book, "Dune Messiah");
                        assertEquals("BookDto[title=Dune Messiah, pages=412, authors=[AuthorDto[name=Herbert]]]",
                                converted.toString());
                        // An implementation from the first compilation, beside the regenerated one.
                        Object authorMapper = loader.loadClass("p.AuthorMapperImpl").getConstructor().newInstance();
                        Object author = authorMapper.getClass().getMethod("convert", loader.loadClass("p.Author"))
                                .invoke(authorMapper, loader.loadClass("p.Author").getConstructors()[0]
                                        .newInstance("Le Guin"));
                        assertEquals("AuthorDto[name=Le Guin]", author.toString());
                    }
                }
            } finally {
                RobustCompiler.deleteRecursively(unchanged);
            }
        }
    }

    @Test
    void recompilingAModelAloneGeneratesNothing() throws IOException {
        try (Output full = RobustCompiler.compile(RobustCompiler.javac(), SOURCES, List.of(new TransmuteProcessor()),
                List.of())) {
            assertTrue(full.success, full::report);
            Path unchanged = Files.createTempDirectory("transmute-unchanged");
            try {
                copyClassesExcept(full.classes, unchanged, "p/AuthorDto.class");
                OriginRecorder recorder = new OriginRecorder(new TransmuteProcessor());
                try (Output changed = RobustCompiler.compile(RobustCompiler.javac(), Map.of("p/AuthorDto.java",
                        HEADER + "public record AuthorDto(String name) {}\n"), List.of(recorder), List.of(),
                        List.of(unchanged))) {
                    assertTrue(changed.success, changed::report);
                    assertEquals(Map.of(), recorder.origins);
                    assertEquals(Map.of(), changed.generatedSources());
                }
            } finally {
                RobustCompiler.deleteRecursively(unchanged);
            }
        }
    }

    /**
     * javac run by hand, or a build that does not delete stale outputs, recompiles a converter type
     * with its previous implementation's class still on the class path: Transmute's own earlier
     * output must not count as "a type of that name already exists".
     */
    @Test
    void recompilingWithThePreviousImplementationOnTheClassPathRegeneratesIt() {
        try (Output full = RobustCompiler.compile(RobustCompiler.javac(), SOURCES, List.of(new TransmuteProcessor()),
                List.of())) {
            assertTrue(full.success, full::report);
            try (Output changed = RobustCompiler.compile(RobustCompiler.javac(),
                    Map.of("p/BookMapper.java", CHANGED_BOOK_MAPPER), List.of(new TransmuteProcessor()), List.of(),
                    List.of(full.classes))) {
                assertTrue(changed.success, changed::report);
                assertEquals(List.of("p/BookMapperImpl.java"), new ArrayList<>(changed.generatedSources().keySet()));
            }
        }
    }

    /** Copies every class file of {@code from} but those of the given paths (and their nested classes). */
    private static void copyClassesExcept(Path from, Path to, String... excluded) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = from.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                boolean skip = false;
                for (String path : excluded) {
                    String stem = path.substring(0, path.length() - ".class".length());
                    skip |= relative.equals(path) || relative.startsWith(stem + "$");
                }
                if (!skip) {
                    Path target = to.resolve(relative);
                    Files.createDirectories(target.getParent());
                    try {
                        Files.copy(file, target);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }
}

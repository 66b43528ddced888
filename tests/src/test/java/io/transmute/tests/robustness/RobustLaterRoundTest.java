package io.transmute.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.processor.TransmuteProcessor;
import io.transmute.tests.robustness.LateGenerator.LateType;
import io.transmute.tests.robustness.RobustCompiler.Output;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records written by another annotation processor in round 2 (so they exist from round 3 on): a
 * converter type that uses them is deferred until they exist, then implemented, under javac and ECJ.
 * The fuzzer does the same at random; this is the plain case, spelled out.
 */
class RobustLaterRoundTest {

    private static final String HEADER = """
            package p;

            import io.transmute.*;
            import java.util.*;

            """;

    @ParameterizedTest
    @ValueSource(strings = {"javac", "ecj"})
    void recordsAnotherProcessorWritesInRoundTwoAreWaitedFor(String compilerName) throws ReflectiveOperationException {
        Map<String, String> sources = Map.of("p/ShelfMapper.java", HEADER + """
                public interface ShelfMapper extends Labels {
                    record Shelf(String name, List<Book> books, Map<String, Book> byIsbn, Book featured) {}
                    record ShelfDto(String name, List<BookDto> books, Map<String, BookDto> byIsbn, BookDto featured) {}

                    @Converter
                    @Link(from = "books.title", to = "books.title", coercer = "upper")
                    ShelfDto convert(Shelf shelf);
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        Book dune = new Book("Dune", Genre.SF);
                        Book emma = new Book("Emma", Genre.NOVEL);
                        return String.valueOf(new ShelfMapperImpl().convert(new ShelfMapper.Shelf("s", List.of(dune, emma),
                                Map.of("1", dune), emma)));
                    }
                }
                """);
        List<LateType> late = List.of(
                new LateType("p.Marker", HEADER + "final class Marker {}\n", 1),
                new LateType("p.Book", HEADER + "public record Book(String title, Genre genre) {}\n", 2),
                new LateType("p.BookDto", HEADER + "public record BookDto(String title, String genre) {}\n", 2),
                new LateType("p.Genre", HEADER + "public enum Genre { SF, NOVEL }\n", 2),
                new LateType("p.Labels", HEADER + """
                        public interface Labels {
                            @Coercer
                            static String genre(Genre genre) {
                                return genre.name().toLowerCase(Locale.ROOT);
                            }

                            static String upper(String title) {
                                return title.toUpperCase(Locale.ROOT);
                            }
                        }
                        """, 2));
        JavaCompiler compiler = compilerName.equals("ecj") ? new EclipseCompiler() : RobustCompiler.javac();

        try (Output output = RobustCompiler.compile(compiler, sources,
                List.of(new LateGenerator(late), new TransmuteProcessor()), List.of("--release", "17"))) {
            assertTrue(output.success && output.thrown == null, output::report);
            assertEquals("ShelfDto[name=s, books=[BookDto[title=DUNE, genre=sf], BookDto[title=EMMA, genre=novel]],"
                    + " byIsbn={1=BookDto[title=Dune, genre=sf]}, featured=BookDto[title=Emma, genre=novel]]",
                    output.run("p.Demo"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"javac", "ecj"})
    void aUsedTypeAndASharedConfigurationWrittenInRoundTwoAreWaitedFor(String compilerName)
            throws ReflectiveOperationException {
        Map<String, String> sources = Map.of("p/BookMapper.java", HEADER + """
                @ConverterConfig(config = LateConfig.class)
                public interface BookMapper {
                    record Book(String title, Genre genre) {}
                    record BookDto(String title, String genre) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        return String.valueOf(new BookMapperImpl().convert(new BookMapper.Book("Dune", Genre.SF)));
                    }
                }
                """);
        List<LateType> late = List.of(
                new LateType("p.Genre", HEADER + "public enum Genre { SF, NOVEL }\n", 1),
                new LateType("p.LateConfig", HEADER + "@ConverterConfig(uses = Genres.class)\npublic interface LateConfig {}\n",
                        2),
                new LateType("p.Genres", HEADER + """
                        public class Genres {
                            @Coercer
                            public String genre(Genre genre) {
                                return genre.name().toLowerCase(Locale.ROOT);
                            }
                        }
                        """, 2));
        JavaCompiler compiler = compilerName.equals("ecj") ? new EclipseCompiler() : RobustCompiler.javac();

        try (Output output = RobustCompiler.compile(compiler, sources,
                List.of(new LateGenerator(late), new TransmuteProcessor()), List.of("--release", "17"))) {
            assertTrue(output.success && output.thrown == null, output::report);
            assertEquals("BookDto[title=Dune, genre=sf]", output.run("p.Demo"));
        }
    }
}

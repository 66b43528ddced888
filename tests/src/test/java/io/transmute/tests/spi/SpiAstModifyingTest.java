package io.transmute.tests.spi;

import static io.transmute.tests.spi.SpiAccessorNamingTest.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.processor.diagnostics.Message;
import io.transmute.tests.errors.Reports;
import io.transmute.tests.spi.SpiCompiler.Output;
import io.transmute.tests.spi.SpiCompiler.Plugins;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * AstModifyingAnnotationProcessor plug-ins, as Lombok ships one: while one says a model type is
 * not complete (Lombok has not added its accessors yet), the converter type waits for the next
 * round; a type still incomplete in the last round is a compile error naming the plug-in.
 */
public class SpiAstModifyingTest {

    /** Counts rounds (and makes a second one by writing a source in the first), and keeps a log. */
    private static final String ROUND_COUNTER = """
            package plugins;

            import java.io.IOException;
            import java.io.UncheckedIOException;
            import java.io.Writer;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Set;
            import javax.annotation.processing.AbstractProcessor;
            import javax.annotation.processing.RoundEnvironment;
            import javax.lang.model.SourceVersion;
            import javax.lang.model.element.TypeElement;
            import javax.tools.StandardLocation;

            public class RoundCounter extends AbstractProcessor {
                static int rounds;
                static final List<String> LOG = new ArrayList<>();

                @Override
                public Set<String> getSupportedAnnotationTypes() {
                    return Set.of("*");
                }

                @Override
                public SourceVersion getSupportedSourceVersion() {
                    return SourceVersion.latestSupported();
                }

                @Override
                public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                    try {
                        if (round.processingOver()) {
                            try (Writer log = processingEnv.getFiler()
                                    .createResource(StandardLocation.CLASS_OUTPUT, "", "rounds.log").openWriter()) {
                                log.write(String.join("\\n", LOG));
                            }
                        } else if (++rounds == 1) {
                            try (Writer marker = processingEnv.getFiler().createSourceFile("p.Marker").openWriter()) {
                                marker.write("package p; final class Marker {}");
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return false;
                }
            }
            """;

    private static final String COMPLETE_FROM_ROUND_TWO = """
            package plugins;

            import javax.lang.model.type.TypeMirror;
            import org.mapstruct.ap.spi.AstModifyingAnnotationProcessor;

            /** Like Lombok, which changes the types of the first round while javac processes them. */
            public class CompleteFromRoundTwo implements AstModifyingAnnotationProcessor {
                @Override
                public boolean isTypeComplete(TypeMirror type) {
                    boolean complete = RoundCounter.rounds >= 2;
                    RoundCounter.LOG.add("round " + RoundCounter.rounds + ": " + type + " " + (complete ? "complete" : "incomplete"));
                    return complete;
                }
            }
            """;

    @Test
    void aConverterTypeWaitsUntilItsModelsAreComplete() throws ReflectiveOperationException, IOException {
        try (Plugins plugins = SpiCompiler.plugins(Map.of("plugins/RoundCounter.java", ROUND_COUNTER,
                "plugins/CompleteFromRoundTwo.java", COMPLETE_FROM_ROUND_TWO), Map.of(
                        "javax.annotation.processing.Processor", List.of("plugins.RoundCounter"),
                        "org.mapstruct.ap.spi.AstModifyingAnnotationProcessor", List.of("plugins.CompleteFromRoundTwo")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/BookMapper.java", HEADER + """
                        public interface BookMapper {
                            record Book(String title, Author author) {}
                            record Author(String name) {}
                            record BookDto(String title, AuthorDto author) {}
                            record AuthorDto(String name) {}

                            @Converter
                            BookDto toDto(Book book);
                        }
                        """, "p/Demo.java", HEADER + """
                        public final class Demo {
                            public static String run() {
                                return new BookMapperImpl().toDto(new BookMapper.Book("Dune", new BookMapper.Author("Frank")))
                                        .toString();
                            }
                        }
                        """))) {
            output.assertClean();
            assertEquals("BookDto[title=Dune, author=AuthorDto[name=Frank]]", output.run("p.Demo"));
            List<String> log = Files.readAllLines(output.classes.resolve("rounds.log"));
            // Asked in round 1 and told to wait; in round 2 every model is complete, nested ones too.
            assertEquals(List.of("round 1: p.BookMapper.BookDto incomplete", "round 2: p.BookMapper.BookDto complete",
                    "round 2: p.BookMapper.Book complete", "round 2: p.BookMapper.AuthorDto complete",
                    "round 2: p.BookMapper.Author complete"), log);
        }
    }

    @Test
    @Reports(Message.TYPE_INCOMPLETE)
    void aTypeStillIncompleteInTheLastRoundIsAnError() {
        try (Plugins plugins = SpiCompiler.plugins(Map.of("plugins/NeverComplete.java", """
                package plugins;

                import javax.lang.model.type.TypeMirror;
                import org.mapstruct.ap.spi.AstModifyingAnnotationProcessor;

                /** A processor that never finishes Draft (say, because it failed). */
                public class NeverComplete implements AstModifyingAnnotationProcessor {
                    @Override
                    public boolean isTypeComplete(TypeMirror type) {
                        return !type.toString().endsWith("Draft");
                    }
                }
                """), Map.of("org.mapstruct.ap.spi.AstModifyingAnnotationProcessor", List.of("plugins.NeverComplete")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/BookMapper.java", HEADER + """
                        public interface BookMapper {
                            record Draft(String title) {}
                            record BookDto(String title) {}

                            @Converter
                            BookDto toDto(Draft draft);
                        }
                        """, "p/ShelfMapper.java", HEADER + """
                        public interface ShelfMapper {
                            record Shelf(String name) {}
                            record ShelfDto(String name) {}

                            @Converter
                            ShelfDto toDto(Shelf shelf);
                        }
                        """))) {
            output.assertError(1, "[Transmute/IncompleteType] p.BookMapper was not implemented: the MapStruct plug-in"
                    + " plugins.NeverComplete still reported p.BookMapper.Draft as incomplete in the last round; if"
                    + " another annotation processor completes that type, it did not run or failed",
                    "p/BookMapper.java", "public interface BookMapper {");
            assertEquals(true, output.generatedSourceExists("p.ShelfMapperImpl"), output::report);
            assertEquals(List.of(), output.of(Diagnostic.Kind.WARNING), output::report);
        }
    }
}

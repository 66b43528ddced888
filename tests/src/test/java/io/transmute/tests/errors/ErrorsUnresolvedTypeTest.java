package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertNotGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.transmute.processor.TransmuteProcessor;
import io.transmute.processor.diagnostics.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A converter whose types refer to a type that does not exist: javac reports "cannot find symbol",
 * Transmute waits for another processor to generate the type and, in the last round, adds its own
 * error and generates nothing (no implementation that would not compile).
 */
class ErrorsUnresolvedTypeTest {

    @Test
    @Reports(Message.UNRESOLVED_TYPE)
    void sourcePropertyOfAMissingType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, Publisher publisher) {}
                    record BookDto(String title, String publisher) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("record Book(String title, Publisher publisher)");
        assertThat(compilation).hadErrorContaining("[Transmute/UnresolvedType] p.BookMapper refers to Publisher,"
                        + " which does not exist; if another annotation processor generates it, that processor did"
                        + " not run or failed")
                .inFile(source).onLineContaining("public interface BookMapper");
        assertThat(compilation).hadErrorCount(2);
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.UNRESOLVED_TYPE)
    void sourcePropertyOfAListOfAMissingType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, List<Publisher> publishers) {}
                    record BookDto(String title, List<String> publishers) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("record Book(String title, List<Publisher> publishers)");
        assertThat(compilation).hadErrorContaining("[Transmute/UnresolvedType] p.BookMapper refers to Publisher")
                .inFile(source).onLineContaining("public interface BookMapper");
        assertThat(compilation).hadErrorCount(2);
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.UNRESOLVED_TYPE)
    void converterReturningAMissingType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}

                    @Converter
                    BookSummary convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("BookSummary convert(Book book);");
        assertThat(compilation).hadErrorContaining("[Transmute/UnresolvedType] p.BookMapper refers to BookSummary")
                .inFile(source).onLineContaining("public interface BookMapper");
        assertThat(compilation).hadErrorCount(2);
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.UNRESOLVED_TYPE)
    void converterTakingAMissingType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(BookEntity book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("BookDto convert(BookEntity book);");
        assertThat(compilation).hadErrorContaining("[Transmute/UnresolvedType] p.BookMapper refers to BookEntity")
                .inFile(source).onLineContaining("public interface BookMapper");
        assertThat(compilation).hadErrorCount(2);
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.UNRESOLVED_TYPE)
    void coercerTakingAMissingType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, String pages) {}

                    @Converter
                    BookDto convert(Book book);

                    @Coercer
                    static String describe(PageCount pages) { return pages.toString(); }
                }
                """);

        Compilation compilation = compile(source);

        // Until PageCount exists, nobody knows which values describe() accepts.
        assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("static String describe(PageCount pages)");
        assertThat(compilation).hadErrorContaining("[Transmute/UnresolvedType] p.BookMapper refers to PageCount")
                .inFile(source).onLineContaining("public interface BookMapper");
        assertThat(compilation).hadErrorCount(2);
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.UNRESOLVED_TYPE)
    void linkCoercerReturningAMissingType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, String pages) {}

                    @Converter
                    @Link(from = "pages", to = "pages", coercer = "count")
                    BookDto convert(Book book);

                    static PageCount count(int pages) { return null; }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("static PageCount count(int pages)");
        assertThat(compilation).hadErrorContaining("[Transmute/UnresolvedType] p.BookMapper refers to PageCount")
                .inFile(source).onLineContaining("public interface BookMapper");
        assertThat(compilation).hadErrorCount(2);
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    void typeGeneratedByAnotherProcessorInALaterRoundIsWaitedFor() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, Publisher publisher) {}
                    record PublisherDto(String name) {}
                    record BookDto(String title, PublisherDto publisher) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = Compiler.javac()
                // The generator first: Transmute claims its annotations, so a "*" processor listed after
                // it is not called in a round where only Transmute's annotations are present.
                .withProcessors(new PublisherGenerator(), new TransmuteProcessor())
                .compile(source);

        TransmuteCompiler.assertNoCrash(compilation);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.BookMapperImpl").contentsAsUtf8String()
                .contains("PublisherDto");
    }

    /** Another annotation processor: generates {@code p.Publisher} in the first round. */
    private static final class PublisherGenerator extends AbstractProcessor {
        private boolean done;

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
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("p.Publisher").openWriter()) {
                    writer.write("package p;\n\npublic record Publisher(String name) {}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}

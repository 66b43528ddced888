package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.transmute.processor.TransmuteProcessor;
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
 * Models and converter types whose supertypes another processor generates in a later round:
 * Transmute waits for them instead of converting without the inherited properties (no spurious
 * Unlinked error, no property silently left out). The generated converter is then run.
 */
class ErrorsGeneratedSupertypeTest {

    /** A source model whose superclass, with the title getter, is generated in round 2. */
    @Test
    void sourceModelWithAGeneratedSuperclass() throws ReflectiveOperationException {
        JavaFileObject mapper = TransmuteCompiler.source("p.BookMapper", """
                package p;

                import io.transmute.Converter;

                public interface BookMapper {
                    record BookDto(String title, int pages) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);
        JavaFileObject book = TransmuteCompiler.source("p.Book", """
                package p;

                public class Book extends BaseBook {
                    public int getPages() { return 412; }
                }
                """);
        JavaFileObject demo = TransmuteCompiler.source("p.Demo", """
                package p;

                public final class Demo {
                    public static String run() {
                        return String.valueOf(new BookMapperImpl().convert(new Book()));
                    }
                }
                """);

        Compilation compilation = compileWith(new LateGenerator("p.BaseBook", """
                package p;

                public class BaseBook {
                    public String getTitle() { return "Dune"; }
                }
                """), mapper, book, demo);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("BookDto[title=Dune, pages=412]", run(compilation));
    }

    /** A destination JavaBean whose superclass, with the title setter, is generated in round 2. */
    @Test
    void destinationModelWithAGeneratedSuperclass() throws ReflectiveOperationException {
        JavaFileObject mapper = TransmuteCompiler.source("p.BookMapper", """
                package p;

                import io.transmute.Converter;

                public interface BookMapper {
                    record Book(String title, int pages) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);
        JavaFileObject bookDto = TransmuteCompiler.source("p.BookDto", """
                package p;

                public class BookDto extends BaseBookDto {
                    private int pages;

                    public int getPages() { return pages; }
                    public void setPages(int pages) { this.pages = pages; }

                    @Override
                    public String toString() { return getTitle() + "/" + pages; }
                }
                """);
        JavaFileObject demo = TransmuteCompiler.source("p.Demo", """
                package p;

                public final class Demo {
                    public static String run() {
                        return String.valueOf(new BookMapperImpl().convert(new BookMapper.Book("Dune", 412)));
                    }
                }
                """);

        Compilation compilation = compileWith(new LateGenerator("p.BaseBookDto", """
                package p;

                public class BaseBookDto {
                    private String title;

                    public String getTitle() { return title; }
                    public void setTitle(String title) { this.title = title; }
                }
                """), mapper, bookDto, demo);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("Dune/412", run(compilation));
    }

    /** A converter class whose superclass, with the @Coercer, is generated in round 2. */
    @Test
    void converterTypeWithAGeneratedSuperclass() throws ReflectiveOperationException {
        JavaFileObject mapper = TransmuteCompiler.source("p.BookMapper", """
                package p;

                import io.transmute.Converter;

                public abstract class BookMapper extends BaseMapper {
                    public record Book(Integer pages) {}
                    public record BookDto(String pages) {}

                    @Converter
                    public abstract BookDto convert(Book book);
                }
                """);
        JavaFileObject demo = TransmuteCompiler.source("p.Demo", """
                package p;

                public final class Demo {
                    public static String run() {
                        return String.valueOf(new BookMapperImpl().convert(new BookMapper.Book(412)));
                    }
                }
                """);

        Compilation compilation = compileWith(new LateGenerator("p.BaseMapper", """
                package p;

                import io.transmute.Coercer;

                public abstract class BaseMapper {
                    @Coercer
                    public static String pages(Integer pages) { return pages + " pages"; }
                }
                """), mapper, demo);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("BookDto[pages=412 pages]", run(compilation));
    }

    private static Compilation compileWith(LateGenerator generator, JavaFileObject... sources) {
        // The generator first: Transmute claims its annotations, so a "*" processor listed after it is
        // not called in a round where only Transmute's annotations are present.
        Compilation compilation = Compiler.javac()
                .withProcessors(generator, new TransmuteProcessor())
                .compile(sources);
        TransmuteCompiler.assertNoCrash(compilation);
        return compilation;
    }

    private static String run(Compilation compilation) throws ReflectiveOperationException {
        return CompiledClasses.run(compilation, "p.Demo");
    }

    /**
     * Another annotation processor: writes a marker type in round 1 and {@code typeName} in round 2,
     * so the type exists only from round 3 on.
     */
    private static final class LateGenerator extends AbstractProcessor {
        private final String typeName;
        private final String text;
        private int round;

        LateGenerator(String typeName, String text) {
            this.typeName = typeName;
            this.text = text;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
            round++;
            if (round == 1) {
                write("p.LateMarker", "package p;\n\nfinal class LateMarker {\n}\n");
            } else if (round == 2) {
                write(typeName, text);
            }
            return false;
        }

        private void write(String name, String content) {
            try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                writer.write(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}

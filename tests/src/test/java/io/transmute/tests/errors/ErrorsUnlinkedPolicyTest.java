package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.compileWithOptions;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Unlinked.WARN and IGNORE: the warning they give, and the primitives they cannot leave empty. */
class ErrorsUnlinkedPolicyTest {

    @Test
    @Reports(Message.UNLINKED_LEFT_EMPTY)
    void warnReportsEachPropertyItLeavesEmpty() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, Integer page, String notes) {}

                    @Converter(unlinked = Unlinked.WARN)
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(
                        "[Transmute/Unlinked] BookMapper.BookDto.page (Integer) is not linked and stays empty: no source"
                                + " property or parameter named 'page' (did you mean 'pages'?), and convert() has"
                                + " unlinked = WARN. Add @Link(from = \"...\", to = \"page\"), or list \"page\" in"
                                + " allowUnlinked to leave it empty without a warning")
                .inFile(source).onLineContaining("BookDto convert(Book book);");
        assertThat(compilation).hadWarningContaining("BookMapper.BookDto.notes (String) is not linked and stays empty")
                .inFile(source).onLineContaining("BookDto convert(Book book);");
        assertThat(compilation).hadWarningCount(2);
    }

    @Test
    @Reports(Message.UNLINKED_PRIMITIVE)
    void aPrimitiveTheConstructorNeedsStaysAnError() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(unlinked = Unlinked.IGNORE)
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, int pages) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Unlinked] BookMapper.BookDto.pages (int) is not linked: no source property or parameter"
                        + " named 'pages' (existing names: title). It is a primitive that the constructor needs, so"
                        + " unlinked = IGNORE cannot leave it empty; add @Link(from = \"...\", to = \"pages\") or"
                        + " @LinkConstant(to = \"pages\", value = \"...\")",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.UNLINKED_PRIMITIVE)
    void alsoUnderTheProcessorOptionAndInsideANestedModel() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record AuthorDto(String name, long id) {}
                    record Book(String title, Author author) {}
                    record BookDto(String title, AuthorDto author) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compileWithOptions(List.of("-Atransmute.unlinked=WARN"), source);

        assertOnlyError(compilation, source,
                "[Transmute/Unlinked] BookMapper.BookDto.author.id (long) is not linked: no source property or"
                        + " parameter named 'id' (existing names: name). It is a primitive that the constructor"
                        + " needs, so unlinked = WARN cannot leave it empty; add @Link(from = \"...\","
                        + " to = \"author.id\")",
                "BookDto convert(Book book);");
    }
}

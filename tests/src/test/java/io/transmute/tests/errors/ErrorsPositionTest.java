package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An error caused by one annotation points at that annotation, also when the method repeats
 * @Link or @LinkConstant (javac then stores them in a @Links / @LinkConstants container).
 */
class ErrorsPositionTest {

    @Test
    @Reports(Message.UNKNOWN_FROM)
    void errorInOneOfSeveralLinksPointsAtThatLink() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, String isbn) {}
                    record BookDto(String name, String code) {}

                    @Converter
                    @Link(from = "title", to = "name")
                    @Link(from = "isbm", to = "code")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @Link from = \"isbm\": BookMapper.Book has no property 'isbm'"
                        + " (did you mean 'isbn'?)",
                "@Link(from = \"isbm\", to = \"code\")");
    }

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void errorInOneOfSeveralConstantsPointsAtThatConstant() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, int pages, String shelf) {}

                    @Converter
                    @LinkConstant(to = "shelf", value = "A1")
                    @LinkConstant(to = "pages", value = "ten")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"pages\"): \"ten\" is not a valid int literal",
                "@LinkConstant(to = \"pages\", value = \"ten\")");
    }

    @Test
    @Reports(Message.DUPLICATE_LINK)
    void secondOfTwoLinksToTheSamePropertyIsTheDuplicate() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, String isbn) {}
                    record BookDto(String title) {}

                    @Converter
                    @Link(from = "title", to = "title")
                    @Link(from = "isbn", to = "title")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/DuplicateLink] BookMapper.BookDto.title is linked twice: @Link(from = \"title\","
                        + " to = \"title\") would be overwritten by @Link(from = \"isbn\", to = \"title\"); keep one",
                "@Link(from = \"isbn\", to = \"title\")");
    }

    @Test
    @Reports({Message.UNKNOWN_PARAM, Message.UNKNOWN_TO})
    void errorsInDifferentRepeatedLinksPointAtTheirOwnLinks() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, int score) {}

                    @Converter
                    @Link(fromParam = "ratng", to = "score")
                    @Link(from = "title", to = "titel")
                    BookDto convert(Book book, int rating);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/UnknownParam] @Link fromParam = \"ratng\"")
                .inFile(source).onLineContaining("@Link(fromParam = \"ratng\", to = \"score\")");
        assertThat(compilation).hadErrorContaining("[Transmute/UnknownPath] @Link to = \"titel\"")
                .inFile(source).onLineContaining("@Link(from = \"title\", to = \"titel\")");
        assertThat(compilation).hadErrorCount(2);
    }
}

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
 * Mistakes in one @Link: its source (from / fromParam), its paths, its destination. A link whose own
 * check fails still claims its destination property, so it causes exactly one error: no follow-up
 * "is not linked" or "cannot convert" about the property it names.
 */
class ErrorsLinkTest {

    @Test
    @Reports(Message.LINK_BOTH_SOURCES)
    void linkWithBothFromAndFromParam() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, int score) {}

                    @Converter
                    @Link(from = "title", fromParam = "rating", to = "score")
                    BookDto convert(Book book, int rating);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/LinkSource] @Link(to = \"score\") sets both from = \"title\" and fromParam = \"rating\";"
                        + " set exactly one",
                "@Link(from = \"title\", fromParam = \"rating\", to = \"score\")");
    }

    @Test
    @Reports(Message.LINK_NO_SOURCE)
    void linkWithNeitherFromNorFromParam() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, int score) {}

                    @Converter
                    @Link(to = "score")
                    BookDto convert(Book book, int rating);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/LinkSource] @Link(to = \"score\") sets neither from nor fromParam; set exactly one",
                "@Link(to = \"score\")");
    }

    @Test
    @Reports(Message.UNKNOWN_FROM)
    void unknownFromPropertySuggestsTheClosestOne() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String name) {}

                    @Converter
                    @Link(from = "titel", to = "name")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @Link from = \"titel\": BookMapper.Book has no property 'titel'"
                        + " (did you mean 'title'?)",
                "@Link(from = \"titel\", to = \"name\")");
    }

    @Test
    @Reports(Message.UNKNOWN_FROM)
    void unknownFromPropertyListsTheExistingOnesWhenNoneIsClose() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, String isbn) {}
                    record BookDto(String title, String code) {}

                    @Converter
                    @Link(from = "barcode", to = "code")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @Link from = \"barcode\": BookMapper.Book has no property 'barcode'"
                        + " (existing names: title, isbn)",
                "@Link(from = \"barcode\", to = \"code\")");
    }

    @Test
    @Reports(Message.UNKNOWN_FROM)
    void unknownSecondSegmentOfAFromPathNamesTheNestedType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, Author author) {}
                    record BookDto(String title, String authorName) {}

                    @Converter
                    @Link(from = "author.nmae", to = "authorName")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @Link from = \"author.nmae\": BookMapper.Author has no property 'nmae'"
                        + " (did you mean 'name'?)",
                "@Link(from = \"author.nmae\", to = \"authorName\")");
    }

    @Test
    @Reports(Message.UNKNOWN_TO)
    void unknownToPropertySuggestsTheClosestOne() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    @Link(from = "title", to = "titel")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @Link to = \"titel\": BookMapper.BookDto has no property 'titel'"
                        + " (did you mean 'title'?)",
                "@Link(from = \"title\", to = \"titel\")");
    }

    @Test
    @Reports(Message.UNKNOWN_TO)
    void unknownToPropertyInsideANestedDestination() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, Author author) {}
                    record AuthorDto(String name) {}
                    record BookDto(String title, AuthorDto author) {}

                    @Converter
                    @Link(from = "title", to = "author.nmae")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @Link to = \"author.nmae\": BookMapper.AuthorDto has no property 'nmae'"
                        + " (did you mean 'name'?)",
                "@Link(from = \"title\", to = \"author.nmae\")");
    }

    @Test
    @Reports(Message.UNKNOWN_TO)
    void unknownFromAndUnknownToOfOneLinkAreBothReported() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    @Link(from = "titel", to = "titl")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation)
                .hadErrorContaining("[Transmute/UnknownPath] @Link to = \"titl\": BookMapper.BookDto has no"
                        + " property 'titl' (did you mean 'title'?)")
                .inFile(source).onLineContaining("@Link(from = \"titel\", to = \"titl\")");
        assertThat(compilation)
                .hadErrorContaining("[Transmute/UnknownPath] @Link from = \"titel\": BookMapper.Book has no"
                        + " property 'titel' (did you mean 'title'?)")
                .inFile(source).onLineContaining("@Link(from = \"titel\", to = \"titl\")");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    @Reports(Message.UNKNOWN_PARAM)
    void unknownFromParamSuggestsTheClosestParameter() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, int score) {}

                    @Converter
                    @Link(fromParam = "ratng", to = "score")
                    BookDto convert(Book book, int rating);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownParam] @Link fromParam = \"ratng\": convert() has no parameter named 'ratng'"
                        + " (did you mean 'rating'?)",
                "@Link(fromParam = \"ratng\", to = \"score\")");
    }

    @Test
    @Reports(Message.MALFORMED_PATH)
    void fromPathWithAnEmptySegment() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, Author author) {}
                    record BookDto(String title, String authorName) {}

                    @Converter
                    @Link(from = "author..name", to = "authorName")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @Link from = \"author..name\" is not a property path: write property names"
                        + " separated by dots, such as \"author.name\"",
                "@Link(from = \"author..name\", to = \"authorName\")");
    }

    @Test
    @Reports(Message.MALFORMED_PATH)
    void toPathEndingWithADot() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    @Link(from = "title", to = "title.")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @Link to = \"title.\" is not a property path",
                "@Link(from = \"title\", to = \"title.\")");
    }

    @Test
    @Reports(Message.MALFORMED_PATH)
    void allowUnlinkedPathWithSpaces() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, String notes) {}

                    @Converter(allowUnlinked = "notes ")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        // The malformed entry allows nothing, so notes is also reported as unlinked.
        assertThat(compilation)
                .hadErrorContaining("[Transmute/UnknownPath] allowUnlinked = \"notes \" is not a property path")
                .inFile(source).onLineContaining("@Converter(allowUnlinked = \"notes \")");
        assertThat(compilation)
                .hadErrorContaining("[Transmute/Unlinked] BookMapper.BookDto.notes (String) is not linked")
                .inFile(source).onLineContaining("BookDto convert(Book book);");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    @Reports(Message.PATH_NOT_MODEL)
    void fromPathReadingAPropertyOfAString() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, int titleLength) {}

                    @Converter
                    @Link(from = "title.length", to = "titleLength")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @Link from = \"title.length\": 'title' is String, which has no properties"
                        + " to read 'length' from",
                "@Link(from = \"title.length\", to = \"titleLength\")");
    }

    @Test
    @Reports(Message.PATH_THROUGH_CONTAINER)
    void fromPathThroughAListFillingAPropertyOutsideIt() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, List<Author> authors) {}
                    record BookDto(String title, String firstAuthor) {}

                    @Converter
                    @Link(from = "authors.name", to = "firstAuthor")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NestedLink] @Link from = \"authors.name\" reads through authors (List<BookMapper.Author>)"
                        + " and cannot fill BookMapper.BookDto.firstAuthor, which is outside it; link it to a"
                        + " destination path under the matching collection",
                "@Link(from = \"authors.name\", to = \"firstAuthor\")");
    }

    @Test
    @Reports(Message.DUPLICATE_LINK)
    void linkAndConstantForTheSameProperty() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, String isbn) {}
                    record BookDto(String title) {}

                    @Converter
                    @Link(from = "isbn", to = "title")
                    @LinkConstant(to = "title", value = "Untitled")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/DuplicateLink] BookMapper.BookDto.title is linked twice: @Link(from = \"isbn\","
                        + " to = \"title\") would be overwritten by @LinkConstant(to = \"title\", value = \"Untitled\");"
                        + " keep one",
                "@LinkConstant(to = \"title\", value = \"Untitled\")");
    }

    @Test
    @Reports(Message.NESTED_LINK_NOT_APPLICABLE)
    void linkInsideAStringProperty() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, String subtitle) {}
                    record BookDto(String title) {}

                    @Converter
                    @Link(from = "subtitle", to = "title.text")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NestedLink] @Link(from = \"subtitle\", to = \"title.text\") reaches inside"
                        + " BookMapper.BookDto.title, but BookMapper.BookDto.title (String) is not filled by a nested"
                        + " model conversion from BookMapper.Book.title (String), so the link cannot apply",
                "@Link(from = \"subtitle\", to = \"title.text\")");
    }

    @Test
    @Reports(Message.NESTED_LINK_NOT_APPLICABLE)
    void constantInsideAPropertyFilledByACoercer() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, Author author) {}
                    record AuthorDto(String name, Integer rating) {}
                    record BookDto(String title, AuthorDto writer) {}

                    @Converter
                    @Link(from = "author", to = "writer", coercer = "unrated")
                    @LinkConstant(to = "writer.rating", value = "5")
                    BookDto convert(Book book);

                    static AuthorDto unrated(Author author) { return new AuthorDto(author.name(), null); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NestedLink] @LinkConstant(to = \"writer.rating\", value = \"5\") reaches inside"
                        + " BookMapper.BookDto.writer, but BookMapper.BookDto.writer (BookMapper.AuthorDto) is not"
                        + " filled by a nested model conversion from BookMapper.Book.author (BookMapper.Author),"
                        + " so the link cannot apply",
                "@LinkConstant(to = \"writer.rating\", value = \"5\")");
    }

    @Test
    @Reports(Message.NESTED_LINK_NOT_APPLICABLE)
    void allowUnlinkedInsideAPropertyFilledByACoercer() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, Author author) {}
                    record AuthorDto(String name, Integer rating) {}
                    record BookDto(String title, AuthorDto writer) {}

                    @Converter(allowUnlinked = "writer.rating")
                    @Link(from = "author", to = "writer", coercer = "unrated")
                    BookDto convert(Book book);

                    static AuthorDto unrated(Author author) { return new AuthorDto(author.name(), null); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NestedLink] allowUnlinked \"writer.rating\" reaches inside BookMapper.BookDto.writer,"
                        + " but BookMapper.BookDto.writer (BookMapper.AuthorDto) is not filled by a nested model"
                        + " conversion from BookMapper.Book.author (BookMapper.Author), so the link cannot apply",
                "@Converter(allowUnlinked = \"writer.rating\")");
    }
}

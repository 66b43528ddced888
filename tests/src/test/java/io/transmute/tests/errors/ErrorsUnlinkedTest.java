package io.transmute.tests.errors;

import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Destination properties nothing fills, and @Converter(allowUnlinked = ...). */
class ErrorsUnlinkedTest {

    @Test
    @Reports(Message.UNLINKED)
    void unlinkedPropertyWithACloseSourcePropertySuggestsIt() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, int page) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Unlinked] BookMapper.BookDto.page (int) is not linked: no source property or parameter"
                        + " named 'page' (did you mean 'pages'?). Add @Link(from = \"...\", to = \"page\") or list"
                        + " \"page\" in allowUnlinked",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.UNLINKED)
    void unlinkedPropertyWithoutACloseNameListsTheSourcePropertiesAndParameters() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, double score) {}

                    @Converter
                    BookDto convert(Book book, double rating);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Unlinked] BookMapper.BookDto.score (double) is not linked: no source property or"
                        + " parameter named 'score' (existing names: title, pages, rating). Add @Link(from = \"...\","
                        + " to = \"score\") or list \"score\" in allowUnlinked",
                "BookDto convert(Book book, double rating);");
    }

    @Test
    @Reports(Message.UNLINKED)
    void unlinkedPropertyCloseToAnExtraParameterSuggestsTheParameter() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, double ratings) {}

                    @Converter
                    BookDto convert(Book book, double rating);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Unlinked] BookMapper.BookDto.ratings (double) is not linked: no source property or"
                        + " parameter named 'ratings' (did you mean 'rating'?)",
                "BookDto convert(Book book, double rating);");
    }

    @Test
    @Reports(Message.UNLINKED)
    void unlinkedPropertyOfANestedDestinationNamesItsFullPath() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, Author author) {}
                    record AuthorDto(String fullName) {}
                    record BookDto(String title, AuthorDto author) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Unlinked] BookMapper.BookDto.author.fullName (String) is not linked: no source property"
                        + " or parameter named 'fullName' (existing names: name). Add @Link(from = \"...\","
                        + " to = \"author.fullName\") or list \"author.fullName\" in allowUnlinked",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.UNLINKED)
    void unlinkedJavaBeanProperty() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    class BookBean {
                        private String title;
                        private String isbn;
                        public void setTitle(String title) { this.title = title; }
                        public void setIsbn(String isbn) { this.isbn = isbn; }
                        public String summary() { return title + isbn; }
                    }

                    @Converter
                    BookBean convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Unlinked] BookMapper.BookBean.isbn (String) is not linked",
                "BookBean convert(Book book);");
    }

    @Test
    @Reports(Message.UNKNOWN_ALLOW_UNLINKED)
    void allowUnlinkedNamingAPropertyThatDoesNotExist() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, String notes) {}

                    @Converter(allowUnlinked = {"notes", "note"})
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] allowUnlinked names \"note\", but BookMapper.BookDto has no property 'note'"
                        + " (did you mean 'notes'?)",
                "@Converter(allowUnlinked = {\"notes\", \"note\"})");
    }

    @Test
    @Reports(Message.UNKNOWN_ALLOW_UNLINKED)
    void allowUnlinkedNamingANestedPropertyThatDoesNotExist() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, Author author) {}
                    record AuthorDto(String name, String bio) {}
                    record BookDto(String title, AuthorDto author) {}

                    @Converter(allowUnlinked = {"author.bio", "author.biography"})
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] allowUnlinked names \"author.biography\", but BookMapper.AuthorDto has no"
                        + " property 'biography'",
                "@Converter(allowUnlinked = {\"author.bio\", \"author.biography\"})");
    }

    @Test
    @Reports(Message.PRIMITIVE_ALLOW_UNLINKED)
    void allowUnlinkedNamingAPrimitiveProperty() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, int pages) {}

                    @Converter(allowUnlinked = "pages")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/AllowUnlinked] allowUnlinked names BookMapper.BookDto.pages, but its type int is"
                        + " primitive and cannot stay unset; link it, or use its box type Integer",
                "@Converter(allowUnlinked = \"pages\")");
    }
}

package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.assertNotGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How errors are reported as a whole: all of a method's errors at once, each once; a broken converter
 * type gets no implementation while the others still do; valid sources compile cleanly.
 */
class ErrorsReportingTest {

    @Test
    @Reports({Message.UNKNOWN_FROM, Message.CONSTANT_UNPARSEABLE, Message.UNKNOWN_ALLOW_UNLINKED})
    void allErrorsOfAMethodAreReportedTogether() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, String isbn) {}
                    record BookDto(String name, int pages, String notes) {}

                    @Converter(allowUnlinked = "note")
                    @Link(from = "titel", to = "name")
                    @LinkConstant(to = "pages", value = "many")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/UnknownPath] allowUnlinked names \"note\"")
                .inFile(source).onLineContaining("@Converter(allowUnlinked = \"note\")");
        assertThat(compilation).hadErrorContaining("[Transmute/UnknownPath] @Link from = \"titel\"")
                .inFile(source).onLineContaining("@Link(from = \"titel\", to = \"name\")");
        assertThat(compilation).hadErrorContaining("[Transmute/Constant] @LinkConstant(to = \"pages\"): \"many\"")
                .inFile(source).onLineContaining("@LinkConstant(to = \"pages\", value = \"many\")");
        // notes: the misspelt allowUnlinked entry does not allow it.
        assertThat(compilation).hadErrorContaining("[Transmute/Unlinked] BookMapper.BookDto.notes (String)")
                .inFile(source).onLineContaining("BookDto convert(Book book);");
        assertThat(compilation).hadErrorCount(4);
    }

    @Test
    @Reports({Message.UNLINKED, Message.NO_COERCION})
    void allErrorsOfAllMethodsOfATypeAreReportedTogether() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, String pages) {}
                    record Author(String name) {}
                    record AuthorDto(String fullName) {}

                    @Converter
                    BookDto book(Book book);

                    @Converter
                    AuthorDto author(Author author);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/NoCoercion] Cannot convert BookMapper.Book.pages")
                .inFile(source).onLineContaining("BookDto book(Book book);");
        assertThat(compilation).hadErrorContaining("[Transmute/Unlinked] BookMapper.AuthorDto.fullName")
                .inFile(source).onLineContaining("AuthorDto author(Author author);");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    @Reports(Message.UNLINKED)
    void brokenInterfaceGetsNoImplementationButTheOthersStillDo() {
        JavaFileObject good = converter("GoodMapper", """
                public interface GoodMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);
        JavaFileObject bad = converter("BadMapper", """
                public interface BadMapper {
                    record Book(String title) {}
                    record BookDto(String name) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(good, bad);

        assertOnlyError(compilation, bad, "[Transmute/Unlinked] BadMapper.BookDto.name (String) is not linked",
                "BookDto convert(Book book);");
        assertGenerated("p.GoodMapperImpl", good, bad);
        assertNotGenerated("p.BadMapperImpl", good, bad);
    }

    @Test
    @Reports(Message.UNLINKED)
    void errorOfAnInheritedConverterIsReportedOnce() {
        JavaFileObject base = converter("BaseMapper", """
                public interface BaseMapper {
                    record Book(String title) {}
                    record BookDto(String name) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);
        JavaFileObject child = converter("ChildMapper", """
                public interface ChildMapper extends BaseMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}

                    @Converter
                    AuthorDto author(Author author);
                }
                """);

        Compilation compilation = compile(base, child);

        assertOnlyError(compilation, base, "[Transmute/Unlinked] BaseMapper.BookDto.name (String) is not linked",
                "BookDto convert(Book book);");
    }

    @Test
    void validConverterCompilesWithoutWarnings() {
        JavaFileObject source = converter("Library", """
                public interface Library {
                    enum Genre { FICTION, SCIENCE }
                    enum GenreDto { FICTION, SCIENCE, OTHER }
                    record Author(String name, LocalDate born) {}
                    record Book(String title, Author author, List<Author> editors, Genre genre, Integer pages,
                            Optional<String> subtitle, Map<String, Author> byRole, int[] ratings) {}
                    record AuthorDto(String name, String born) {}
                    record EditorDto(String name, int rank) {}
                    record BookDto(String title, AuthorDto writer, Set<EditorDto> editors, GenreDto genre, int pages,
                            String subtitle, Map<String, AuthorDto> byRole, List<Integer> ratings, String shelf,
                            BigDecimal price, String source, String notes) {}
                    class BookBean {
                        private String title;
                        private Integer count;
                        public String getTitle() { return title; }
                        public void setTitle(String title) { this.title = title; }
                        public Integer getCount() { return count; }
                        public void setCount(Integer count) { this.count = count; }
                    }

                    @Converter(allowUnlinked = "notes")
                    @Link(from = "author", to = "writer")
                    @Link(fromParam = "where", to = "shelf")
                    @Link(fromParam = "rank", to = "editors.rank")
                    @Link(from = "subtitle", to = "subtitle", coercer = "orEmpty")
                    @LinkConstant(to = "price", value = "9.99")
                    @LinkConstant(to = "source", factory = "source")
                    BookDto convert(Book book, String where, int rank);

                    @Converter
                    List<AuthorDto> authors(List<Author> authors);

                    @Converter
                    AuthorDto author(Author author);

                    @Converter
                    Optional<AuthorDto> maybe(Optional<Author> author);

                    @Converter(allowUnlinked = "count")
                    BookBean bean(Book book);

                    static String source() { return "library"; }

                    static String orEmpty(Optional<String> text) { return text.orElse(""); }

                    @Coercer
                    static String date(LocalDate date) { return date.toString(); }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.LibraryImpl");
    }

    @Test
    void linksInsideTheValuesOfAMapDoNotApplyToItsKeys() {
        JavaFileObject source = converter("TeamMapper", """
                public interface TeamMapper {
                    record Role(String name) {}
                    record RoleDto(String name, int level) {}
                    record Team(Map<String, Role> roles) {}
                    record TeamDto(Map<String, RoleDto> roles) {}

                    @Converter
                    @LinkConstant(to = "roles.level", value = "1")
                    TeamDto convert(Team team);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void genericBaseInterfaceIsOnlyImplementedThroughItsParameterizedSubtypes() {
        JavaFileObject base = converter("Mapper", """
                public interface Mapper<S, D> {
                    @Converter
                    D convert(S source);
                }
                """);
        JavaFileObject books = converter("BookMapper", """
                public interface BookMapper extends Mapper<BookMapper.Book, BookMapper.BookDto> {
                    record Book(String title) {}
                    record BookDto(String title) {}
                }
                """);

        Compilation compilation = compile(base, books);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.BookMapperImpl");
    }
}

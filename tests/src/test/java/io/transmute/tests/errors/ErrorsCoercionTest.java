package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Values Transmute cannot convert, and destinations it cannot create. */
class ErrorsCoercionTest {

    @Test
    @Reports(Message.NO_COERCION)
    void intToStringWithoutACoercer() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, String pages) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NoCoercion] Cannot convert BookMapper.Book.pages (int) to BookMapper.BookDto.pages"
                        + " (String): no rule converts int to String. Declare a @Coercer method from int to String,"
                        + " or name one with @Link(coercer = \"...\")",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.NO_COERCION)
    void linkedValueThatCannotBeConvertedIsReportedOnTheLink() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, LocalDate published) {}
                    record BookDto(String title, int year) {}

                    @Converter
                    @Link(from = "published", to = "year")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NoCoercion] Cannot convert BookMapper.Book.published (LocalDate) to BookMapper.BookDto.year"
                        + " (int): no rule converts LocalDate to int",
                "@Link(from = \"published\", to = \"year\")");
    }

    @Test
    @Reports(Message.NO_COERCION)
    void singleValueToAList() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, String tag) {}
                    record BookDto(String title, List<String> tag) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NoCoercion] Cannot convert BookMapper.Book.tag (String) to BookMapper.BookDto.tag"
                        + " (List<String>): String is not an array, Iterable or Collection",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.NO_COERCION)
    void listElementsThatCannotBeConvertedNameTheElements() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, List<Integer> ratings) {}
                    record BookDto(String title, List<String> ratings) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NoCoercion] Cannot convert BookMapper.Book.ratings[] (Integer) to"
                        + " BookMapper.BookDto.ratings[] (String): no rule converts Integer to String",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.ENUM_CONSTANT_MISSING)
    void enumConstantMissingInTheDestinationEnum() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    enum Status { AVAILABLE, BORROWED, LOST }
                    enum StatusDto { AVAILABLE, BORROWED }
                    record Book(String title, Status status) {}
                    record BookDto(String title, StatusDto status) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/EnumConstant] Cannot convert BookMapper.Book.status (BookMapper.Status) to"
                        + " BookMapper.BookDto.status (BookMapper.StatusDto): BookMapper.StatusDto has no constant"
                        + " LOST (existing names: AVAILABLE, BORROWED); declare a @Coercer method from"
                        + " BookMapper.Status to BookMapper.StatusDto",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.ENUM_CONSTANT_MISSING)
    void everyMissingEnumConstantIsReportedWithAHintForTypos() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    enum Status { AVAILABLE, BORROWED, LOST }
                    enum StatusDto { AVAILABLE, BOROWED }
                    record Book(String title, Status status) {}
                    record BookDto(String title, StatusDto status) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("StatusDto has no constant BORROWED (did you mean 'BOROWED'?)")
                .inFile(source).onLineContaining("BookDto convert(Book book);");
        assertThat(compilation).hadErrorContaining("StatusDto has no constant LOST (existing names: AVAILABLE, BOROWED)")
                .inFile(source).onLineContaining("BookDto convert(Book book);");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void abstractDestination() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    abstract class BookDto { public String title; }

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/Construction] Cannot create BookMapper.BookDto")
                .inFile(source).onLineContaining("BookDto convert(Book book);");
        assertThat(compilation).hadErrorContaining(": it is abstract");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void interfaceDestination() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    interface BookView { String getTitle(); }

                    @Converter
                    BookView convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/Construction] Cannot create BookMapper.BookView")
                .inFile(source).onLineContaining("BookView convert(Book book);");
        assertThat(compilation).hadErrorContaining(": it is an interface");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void destinationWithoutAUsableConstructor() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    class BookDto {
                        private final String title;
                        public BookDto(String heading) { this.title = heading; }
                        public String getTitle() { return title; }
                    }

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                ": it has no accessible no-argument constructor, and no accessible constructor whose parameter"
                        + " names all match its properties (a class compiled without -parameters keeps no"
                        + " parameter names)",
                "BookDto convert(Book book);");
        assertThat(compilation).hadErrorContaining("[Transmute/Construction] Cannot create BookMapper.BookDto");
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void nestedDestinationThatCannotBeCreatedNamesTheProperty() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, Author author) {}
                    abstract class AuthorDto { public String name; }
                    record BookDto(String title, AuthorDto author) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Construction] Cannot create BookMapper.AuthorDto for BookMapper.BookDto.author:"
                        + " it is abstract",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.NESTING_TOO_DEEP)
    void genericModelWhoseTypeArgumentsGrowWithoutEnd() {
        JavaFileObject source = converter("NodeMapper", """
                public interface NodeMapper {
                    record Node<T>(T value, Node<List<T>> deeper) {}
                    record NodeDto<T>(T value, NodeDto<List<T>> deeper) {}

                    @Converter
                    NodeDto<String> convert(Node<String> node);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Nesting] Converting NodeMapper.Node<String> to NodeMapper.NodeDto<String> nests more than 40",
                "NodeDto<String> convert(Node<String> node);");
        assertThat(compilation).hadErrorContaining(" nests more than 40 model conversions deep; a generic model"
                + " whose properties use ever larger type arguments cannot be converted. Declare a @Coercer for"
                + " one of the types along the way");
    }
}

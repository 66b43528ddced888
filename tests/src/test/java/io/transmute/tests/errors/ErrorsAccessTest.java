package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertNotGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.source;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Types and methods the generated class, in the converter's package, cannot reach: a compile error
 * that names them, never generated code that does not compile.
 */
class ErrorsAccessTest {

    @Test
    @Reports(Message.NOT_ACCESSIBLE)
    void packagePrivateSourceModelInAnotherPackage() {
        JavaFileObject author = source("q.Author", """
                package q;

                class Author {
                    public String getName() { return "n"; }
                }
                """);
        JavaFileObject book = source("q.Book", """
                package q;

                public class Book {
                    public String getTitle() { return "t"; }
                    public Author getAuthor() { return new Author(); }
                }
                """);
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.Converter;

                public interface BookMapper {
                    record AuthorDto(String name) {}
                    record BookDto(String title, AuthorDto author) {}

                    @Converter
                    BookDto convert(q.Book book);
                }
                """);

        Compilation compilation = compile(author, book, mapper);

        assertOnlyError(compilation, mapper,
                "[Transmute/Access] Book.author (Author) needs q.Author, which is not accessible from package p,"
                        + " where the generated BookMapperImpl is; make it public or move the converter into its"
                        + " package",
                "BookDto convert(q.Book book);");
        assertNotGenerated("p.BookMapperImpl", author, book, mapper);
    }

    @Test
    @Reports(Message.NOT_ACCESSIBLE)
    void packagePrivateDestinationModelInAnotherPackage() {
        JavaFileObject authorDto = source("q.AuthorDto", """
                package q;

                class AuthorDto {
                    public AuthorDto() {}
                    public void setName(String name) {}
                }
                """);
        JavaFileObject bookDto = source("q.BookDto", """
                package q;

                public class BookDto {
                    public void setTitle(String title) {}
                    public void setAuthor(AuthorDto author) {}
                }
                """);
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.Converter;

                public interface BookMapper {
                    record Author(String name) {}
                    record Book(String title, Author author) {}

                    @Converter
                    q.BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(authorDto, bookDto, mapper);

        assertOnlyError(compilation, mapper,
                "[Transmute/Access] BookDto.author (AuthorDto) needs q.AuthorDto, which is not accessible from"
                        + " package p, where the generated BookMapperImpl is; make it public or move the converter"
                        + " into its package",
                "q.BookDto convert(Book book);");
        assertNotGenerated("p.BookMapperImpl", authorDto, bookDto, mapper);
    }

    @Test
    @Reports(Message.NOT_ACCESSIBLE)
    void packagePrivateNestedModelInAnotherPackage() {
        JavaFileObject model = source("q.Model", """
                package q;

                public final class Model {
                    static final class Hidden {
                        public String getTitle() { return "t"; }
                    }

                    public static final class Holder {
                        public Hidden getHidden() { return new Hidden(); }
                    }
                }
                """);
        JavaFileObject mapper = source("p.HolderMapper", """
                package p;

                import io.transmute.Converter;

                public interface HolderMapper {
                    record HiddenDto(String title) {}
                    record HolderDto(HiddenDto hidden) {}

                    @Converter
                    HolderDto convert(q.Model.Holder holder);
                }
                """);

        Compilation compilation = compile(model, mapper);

        assertOnlyError(compilation, mapper,
                "[Transmute/Access] Model.Holder.hidden (Model.Hidden) needs q.Model.Hidden, which is not"
                        + " accessible from package p, where the generated HolderMapperImpl is; make it public or move"
                        + " the converter into its package",
                "HolderDto convert(q.Model.Holder holder);");
    }

    @Test
    @Reports(Message.NOT_ACCESSIBLE)
    void listOfAPackagePrivateModelNamesTheElementType() {
        JavaFileObject book = source("q.Book", """
                package q;

                class Book {
                    public String getTitle() { return "t"; }
                }
                """);
        JavaFileObject shelf = source("q.Shelf", """
                package q;

                import java.util.List;

                public class Shelf {
                    public List<Book> getBooks() { return List.of(new Book()); }
                }
                """);
        JavaFileObject mapper = source("p.ShelfMapper", """
                package p;

                import io.transmute.Converter;
                import java.util.List;

                public interface ShelfMapper {
                    record BookDto(String title) {}
                    record ShelfDto(List<BookDto> books) {}

                    @Converter
                    ShelfDto convert(q.Shelf shelf);
                }
                """);

        Compilation compilation = compile(book, shelf, mapper);

        // Making List<Book> public is not possible: the type to make public is Book.
        assertOnlyError(compilation, mapper,
                "[Transmute/Access] Shelf.books (List<Book>) needs q.Book, which is not accessible from package p,"
                        + " where the generated ShelfMapperImpl is; make it public or move the converter into its"
                        + " package",
                "ShelfDto convert(q.Shelf shelf);");
    }

    @Test
    void packagePrivateConverterParameterIsNotCalledMissing() {
        JavaFileObject book = source("q.Book", """
                package q;

                class Book {
                    public String getTitle() { return "t"; }
                }
                """);
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.Converter;

                public interface BookMapper {
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(q.Book book);
                }
                """);

        Compilation compilation = compile(book, mapper);

        // javac already names the problem; q.Book exists, so "does not exist" would mislead.
        assertThat(compilation).hadErrorContaining("Book is not public in q; cannot be accessed from outside package")
                .inFile(mapper).onLineContaining("BookDto convert(q.Book book);");
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            String message = error.getMessage(Locale.ROOT);
            assertFalse(message.contains("which does not exist"), message);
        }
        assertNotGenerated("p.BookMapperImpl", book, mapper);
    }

    @Test
    @Reports(Message.INVALID_COERCER_METHOD)
    void packagePrivateStaticCoercerInASuperclassInAnotherPackage() {
        JavaFileObject base = source("q.BaseCoercers", """
                package q;

                import io.transmute.Coercer;

                public abstract class BaseCoercers {
                    @Coercer
                    static String text(Integer value) { return "#" + value; }
                }
                """);
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.Converter;

                public abstract class BookMapper extends q.BaseCoercers {
                    public record Book(Integer pages) {}
                    public record BookDto(String pages) {}

                    @Converter
                    public abstract BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(base, mapper);

        assertOnlyError(compilation, base,
                "[Transmute/CoercerSignature] @Coercer method text must be accessible from package p, so that the"
                        + " generated class can call it",
                "static String text(Integer value)");
        assertNotGenerated("p.BookMapperImpl", base, mapper);
    }

    @Test
    void packagePrivateStaticCoercerInASuperclassInTheSamePackageIsFine() {
        JavaFileObject base = source("p.BaseCoercers", """
                package p;

                import io.transmute.Coercer;

                public abstract class BaseCoercers {
                    @Coercer
                    static String text(Integer value) { return "#" + value; }
                }
                """);
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.Converter;

                public abstract class BookMapper extends BaseCoercers {
                    public record Book(Integer pages) {}
                    public record BookDto(String pages) {}

                    @Converter
                    public abstract BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(base, mapper);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.BookMapperImpl").contentsAsUtf8String()
                .contains("BaseCoercers.text(");
    }
}

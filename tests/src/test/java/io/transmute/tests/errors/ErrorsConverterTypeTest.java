package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertNotGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Where @Converter methods may be declared, and which types Transmute can implement. */
class ErrorsConverterTypeTest {

    @Test
    @Reports(Message.NOT_ABSTRACT)
    void converterWithABody() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    default BookDto convert(Book book) { return null; }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NotAbstract] @Converter method convert must be abstract: Transmute writes its body",
                "default BookDto convert(Book book)");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.NOT_IN_ABSTRACT_TYPE)
    void converterInAConcreteClass() {
        JavaFileObject source = converter("BookMapper", """
                public class BookMapper {
                    record Book(String title) {}

                    @Converter
                    public Book convert(Book book) { return book; }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/EnclosingType] @Converter method convert must be declared in an interface or an"
                        + " abstract class, not in the non-abstract class BookMapper",
                "public Book convert(Book book)");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.NOT_IN_ABSTRACT_TYPE)
    void converterInARecord() {
        JavaFileObject source = converter("Book", """
                public record Book(String title) {
                    @Converter
                    public Book copy(Book book) { return book; }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/EnclosingType] @Converter method copy must be declared in an interface or an"
                        + " abstract class, not in the record Book",
                "public Book copy(Book book)");
    }

    @Test
    @Reports(Message.TYPE_NOT_IMPLEMENTABLE)
    void privateNestedInterface() {
        JavaFileObject source = converter("Outer", """
                public class Outer {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    private interface BookMapper {
                        @Converter
                        BookDto convert(Book book);
                    }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/EnclosingType] p.Outer.BookMapper cannot be implemented by Transmute: it is private;"
                        + " make it package-private or public",
                "private interface BookMapper");
        assertNotGenerated("p.Outer_BookMapperImpl", source);
    }

    @Test
    @Reports(Message.TYPE_NOT_IMPLEMENTABLE)
    void sealedInterface() {
        JavaFileObject source = converter("BookMapper", """
                public sealed interface BookMapper permits HandWritten {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);
                }

                final class HandWritten implements BookMapper {
                    @Override
                    public BookDto convert(Book book) { return new BookDto(book.title()); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/EnclosingType] p.BookMapper cannot be implemented by Transmute: it is sealed,"
                        + " so the generated class may not extend it",
                "public sealed interface BookMapper");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.TYPE_NOT_IMPLEMENTABLE)
    void abstractClassWithoutANoArgumentConstructor() {
        JavaFileObject source = converter("BookMapper", """
                public abstract class BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    protected BookMapper(String name) {}

                    @Converter
                    abstract BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/EnclosingType] p.BookMapper cannot be implemented by Transmute: it has no"
                        + " non-private no-argument constructor that throws no checked exception for the generated subclass to call",
                "public abstract class BookMapper");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.TYPE_NOT_IMPLEMENTABLE)
    void innerAbstractClass() {
        JavaFileObject source = converter("Outer", """
                public class Outer {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    abstract class BookMapper {
                        @Converter
                        abstract BookDto convert(Book book);
                    }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/EnclosingType] p.Outer.BookMapper cannot be implemented by Transmute: it is an"
                        + " inner class; make it static",
                "abstract class BookMapper");
    }

    @Test
    void genericConverterTypeIsLeftToItsParameterizedSubtypes() {
        JavaFileObject source = converter("Mapper", """
                public interface Mapper<S, D> {
                    @Converter
                    D convert(S source);
                }
                """);

        Compilation compilation = compile(source);

        // Not an error (BookMapper extends Mapper<Book, BookDto> gets the implementation), and
        // no "Cannot convert S (S) to D (D)" either.
        assertThat(compilation).succeededWithoutWarnings();
        assertNotGenerated("p.MapperImpl", source);
    }

    @Test
    @Reports(Message.ABSTRACT_NOT_CONVERTER)
    void abstractMethodWithoutConverter() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);

                    BookDto forgotTheAnnotation(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/AbstractMethod] BookMapper.forgotTheAnnotation() is abstract but not a @Converter,"
                        + " so the generated BookMapperImpl could not implement it; annotate it with @Converter"
                        + " or give it a body",
                "BookDto forgotTheAnnotation(Book book);");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.ABSTRACT_NOT_CONVERTER)
    void inheritedAbstractMethodWithoutConverterIsReportedOnTheConverterType() {
        JavaFileObject base = converter("Named", """
                public interface Named {
                    String name();
                }
                """);
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper extends Named {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(base, source);

        assertOnlyError(compilation, source,
                "[Transmute/AbstractMethod] Named.name() is abstract but not a @Converter, so the generated"
                        + " BookMapperImpl could not implement it",
                "public interface BookMapper extends Named");
    }
}

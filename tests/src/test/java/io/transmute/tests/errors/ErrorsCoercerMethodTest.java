package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** @Coercer methods and the coercer named by @Link(coercer = ...). */
class ErrorsCoercerMethodTest {

    @Test
    @Reports(Message.INVALID_COERCER_METHOD)
    void abstractCoercer() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);

                    @Coercer
                    String shout(String text);
                }
                """);

        Compilation compilation = compile(source);

        // One mistake, one error: not also "is abstract but not a @Converter".
        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] @Coercer method shout must have a body (be static or default)",
                "String shout(String text);");
    }

    @Test
    @Reports(Message.INVALID_COERCER_METHOD)
    void coercerWithTwoParameters() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);

                    @Coercer
                    static String join(String a, String b) { return a + b; }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] @Coercer method join must take exactly one parameter, the value"
                        + " to convert",
                "static String join(String a, String b)");
    }

    @Test
    @Reports(Message.INVALID_COERCER_METHOD)
    void coercerReturningVoid() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);

                    @Coercer
                    static void log(String text) { }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] @Coercer method log must return the converted value, not void",
                "static void log(String text)");
    }

    @Test
    @Reports(Message.INVALID_COERCER_METHOD)
    void privateCoercer() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);

                    @Coercer
                    private static String trim(String text) { return text.trim(); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] @Coercer method trim must not be private, so that the generated"
                        + " class can call it",
                "private static String trim(String text)");
    }

    @Test
    @Reports(Message.INVALID_COERCER_METHOD)
    void genericCoercer() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);

                    @Coercer
                    static <T> String describe(T value) { return String.valueOf(value); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] @Coercer method describe must not declare type parameters",
                "static <T> String describe(T value)");
    }

    @Test
    @Reports(Message.AMBIGUOUS_METHODS)
    void twoCoercersForTheSameTypes() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, Integer pages) {}
                    record BookDto(String title, String pages) {}

                    @Converter
                    BookDto convert(Book book);

                    @Coercer
                    static String decimal(Integer number) { return number.toString(); }

                    @Coercer
                    static String hex(Integer number) { return Integer.toHexString(number); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Ambiguous] Converting BookMapper.Book.pages (Integer) to BookMapper.BookDto.pages"
                        + " (String) is ambiguous: BookMapper.decimal(Integer) and BookMapper.hex(Integer) both"
                        + " apply and neither is more specific; remove one, or give one a more specific parameter type",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.COERCER_MISMATCH)
    void linkCoercerWithTheWrongParameterType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, String pages) {}

                    @Converter
                    @Link(from = "pages", to = "pages", coercer = "yesNo")
                    BookDto convert(Book book);

                    static String yesNo(Boolean flag) { return flag ? "yes" : "no"; }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] coercer BookMapper.yesNo(Boolean) cannot convert BookMapper.Book.pages"
                        + " (int) to BookMapper.BookDto.pages (String): it must take one parameter that accepts int"
                        + " and return a type assignable to String",
                "@Link(from = \"pages\", to = \"pages\", coercer = \"yesNo\")");
    }

    @Test
    @Reports(Message.COERCER_MISMATCH)
    void linkCoercerWithTheWrongReturnType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, String pages) {}

                    @Converter
                    @Link(from = "pages", to = "pages", coercer = "twice")
                    BookDto convert(Book book);

                    static int twice(int pages) { return 2 * pages; }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] coercer BookMapper.twice(int) cannot convert BookMapper.Book.pages"
                        + " (int) to BookMapper.BookDto.pages (String)",
                "coercer = \"twice\"");
    }

    @Test
    @Reports(Message.UNKNOWN_METHOD)
    void linkCoercerThatDoesNotExist() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title, int pages) {}
                    record BookDto(String title, String pages) {}

                    @Converter
                    @Link(from = "pages", to = "pages", coercer = "toTxt")
                    BookDto convert(Book book);

                    static String toText(int pages) { return Integer.toString(pages); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownMethod] @Link coercer = \"toTxt\": BookMapper has no method named 'toTxt'"
                        + " (did you mean 'toText'?)",
                "coercer = \"toTxt\"");
    }
}

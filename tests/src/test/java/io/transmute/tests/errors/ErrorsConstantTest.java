package io.transmute.tests.errors;

import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** @LinkConstant: literals parsed at compile time, and factories. */
class ErrorsConstantTest {

    @Test
    @Reports(Message.CONSTANT_VALUE_AND_FACTORY)
    void constantWithBothValueAndFactory() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, String shelf) {}

                    @Converter
                    @LinkConstant(to = "shelf", value = "A1", factory = "defaultShelf")
                    BookDto convert(Book book);

                    static String defaultShelf() { return "A1"; }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"shelf\") sets both value and factory; set one",
                "@LinkConstant(to = \"shelf\", value = \"A1\", factory = \"defaultShelf\")");
    }

    @Test
    @Reports(Message.FACTORY_MISMATCH)
    void factoryWithParameters() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, String shelf) {}

                    @Converter
                    @LinkConstant(to = "shelf", factory = "shelfFor")
                    BookDto convert(Book book);

                    static String shelfFor(String title) { return title.substring(0, 1); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/FactorySignature] @LinkConstant factory BookMapper.shelfFor(String) cannot fill shelf:"
                        + " a factory must take no parameters",
                "@LinkConstant(to = \"shelf\", factory = \"shelfFor\")");
    }

    @Test
    @Reports(Message.UNKNOWN_METHOD)
    void factoryThatDoesNotExist() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, String shelf) {}

                    @Converter
                    @LinkConstant(to = "shelf", factory = "defaultShelve")
                    BookDto convert(Book book);

                    static String defaultShelf() { return "A1"; }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownMethod] @LinkConstant factory = \"defaultShelve\": BookMapper has no method named"
                        + " 'defaultShelve' (did you mean 'defaultShelf'?)",
                "@LinkConstant(to = \"shelf\", factory = \"defaultShelve\")");
    }

    @Test
    @Reports(Message.UNKNOWN_TO)
    void constantForAPropertyThatDoesNotExist() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, String shelf) {}

                    @Converter(allowUnlinked = "shelf")
                    @LinkConstant(to = "shelve", value = "A1")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/UnknownPath] @LinkConstant to = \"shelve\": BookMapper.BookDto has no property 'shelve'"
                        + " (did you mean 'shelf'?)",
                "@LinkConstant(to = \"shelve\", value = \"A1\")");
    }

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void intLiteralThatIsNotANumber() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, int pages) {}

                    @Converter
                    @LinkConstant(to = "pages", value = "abc")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"pages\"): \"abc\" is not a valid int literal for"
                        + " BookMapper.BookDto.pages",
                "@LinkConstant(to = \"pages\", value = \"abc\")");
    }

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void intLiteralOutOfRange() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, Integer pages) {}

                    @Converter
                    @LinkConstant(to = "pages", value = "3000000000")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"pages\"): \"3000000000\" is not a valid Integer literal for"
                        + " BookMapper.BookDto.pages",
                "@LinkConstant(to = \"pages\", value = \"3000000000\")");
    }

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void charLiteralOfTwoCharacters() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, char grade) {}

                    @Converter
                    @LinkConstant(to = "grade", value = "ab")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"grade\"): \"ab\" is not a valid char literal for"
                        + " BookMapper.BookDto.grade",
                "@LinkConstant(to = \"grade\", value = \"ab\")");
    }

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void booleanLiteralThatIsNotTrueOrFalse() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, boolean available) {}

                    @Converter
                    @LinkConstant(to = "available", value = "yes")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"available\"): \"yes\" is not a valid boolean literal for"
                        + " BookMapper.BookDto.available",
                "@LinkConstant(to = \"available\", value = \"yes\")");
    }

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void doubleLiteralThatOverflows() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, double price) {}

                    @Converter
                    @LinkConstant(to = "price", value = "1e999")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"price\"): \"1e999\" is not a valid double literal for"
                        + " BookMapper.BookDto.price",
                "@LinkConstant(to = \"price\", value = \"1e999\")");
    }

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void enumConstantNameWithATypoSuggestsTheClosestConstant() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    enum Status { AVAILABLE, BORROWED }
                    record Book(String title) {}
                    record BookDto(String title, Status status) {}

                    @Converter
                    @LinkConstant(to = "status", value = "AVAILBLE")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"status\"): \"AVAILBLE\" is not a valid BookMapper.Status"
                        + " literal for BookMapper.BookDto.status (did you mean 'AVAILABLE'?)",
                "@LinkConstant(to = \"status\", value = \"AVAILBLE\")");
    }

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void bigDecimalLiteralThatIsNotANumber() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, BigDecimal price) {}

                    @Converter
                    @LinkConstant(to = "price", value = "9,99")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"price\"): \"9,99\" is not a valid BigDecimal literal for"
                        + " BookMapper.BookDto.price",
                "@LinkConstant(to = \"price\", value = \"9,99\")");
    }

    @Test
    @Reports(Message.CONSTANT_UNSUPPORTED_TYPE)
    void literalForALocalDate() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, LocalDate published) {}

                    @Converter
                    @LinkConstant(to = "published", value = "2020-01-01")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"published\"): BookMapper.BookDto.published is LocalDate,"
                        + " which has no literal form; use factory = \"...\" instead",
                "@LinkConstant(to = \"published\", value = \"2020-01-01\")");
    }
}

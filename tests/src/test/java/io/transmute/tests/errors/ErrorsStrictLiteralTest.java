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

/**
 * @LinkConstant literals are plain decimal numbers that fit their type: no Java suffixes, no hex, no
 * blanks, no float that rounds to zero or infinity. And a factory must return a value.
 */
class ErrorsStrictLiteralTest {

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void floatThatRoundsToZero() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, float ratio) {}

                    @Converter
                    @LinkConstant(to = "ratio", value = "1e-50")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Constant] @LinkConstant(to = \"ratio\"): \"1e-50\" is not a valid float literal for"
                        + " BookMapper.BookDto.ratio",
                "@LinkConstant(to = \"ratio\", value = \"1e-50\")");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.CONSTANT_UNPARSEABLE)
    void javaSuffixesHexAndBlanksAreRefused() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, double price, int count, long big, Float boxed, short small) {}

                    @Converter
                    @LinkConstant(to = "price", value = "0.1d")
                    @LinkConstant(to = "count", value = "0x10")
                    @LinkConstant(to = "big", value = " 1")
                    @LinkConstant(to = "boxed", value = "1e39")
                    @LinkConstant(to = "small", value = "1_000")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/Constant] @LinkConstant(to = \"price\"): \"0.1d\" is"
                        + " not a valid double literal for BookMapper.BookDto.price")
                .inFile(source).onLineContaining("value = \"0.1d\"");
        assertThat(compilation).hadErrorContaining("[Transmute/Constant] @LinkConstant(to = \"count\"): \"0x10\" is"
                        + " not a valid int literal for BookMapper.BookDto.count")
                .inFile(source).onLineContaining("value = \"0x10\"");
        assertThat(compilation).hadErrorContaining("[Transmute/Constant] @LinkConstant(to = \"big\"): \" 1\" is"
                        + " not a valid long literal for BookMapper.BookDto.big")
                .inFile(source).onLineContaining("value = \" 1\"");
        assertThat(compilation).hadErrorContaining("[Transmute/Constant] @LinkConstant(to = \"boxed\"): \"1e39\" is"
                        + " not a valid Float literal for BookMapper.BookDto.boxed")
                .inFile(source).onLineContaining("value = \"1e39\"");
        assertThat(compilation).hadErrorContaining("[Transmute/Constant] @LinkConstant(to = \"small\"): \"1_000\" is"
                        + " not a valid short literal for BookMapper.BookDto.small")
                .inFile(source).onLineContaining("value = \"1_000\"");
        assertThat(compilation).hadErrorCount(5);
    }

    @Test
    void tinyDoubleIsFine() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, double tiny, float smallest) {}

                    @Converter
                    @LinkConstant(to = "tiny", value = "1e-40")
                    @LinkConstant(to = "smallest", value = "1.4e-45")
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    @Reports(Message.FACTORY_MISMATCH)
    void voidFactory() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, String stamp) {}

                    @Converter
                    @LinkConstant(to = "stamp", factory = "stamp")
                    BookDto convert(Book book);

                    static void stamp() {}
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/FactorySignature] @LinkConstant factory BookMapper.stamp() cannot fill stamp: a factory"
                        + " must take no parameters and return a value",
                "@LinkConstant(to = \"stamp\", factory = \"stamp\")");
        assertNotGenerated("p.BookMapperImpl", source);
    }
}

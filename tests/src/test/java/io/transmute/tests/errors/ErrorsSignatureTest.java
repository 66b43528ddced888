package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The shape of a @Converter method: a source parameter, a destination, no type parameters. */
class ErrorsSignatureTest {

    @Test
    @Reports(Message.NO_SOURCE)
    void converterWithoutParameters() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record BookDto(String title) {}

                    @Converter
                    BookDto create();
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Signature] @Converter method create needs a source parameter: the first parameter"
                        + " is the source",
                "BookDto create();");
    }

    @Test
    @Reports(Message.VOID_RESULT)
    void converterReturningVoid() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}

                    @Converter
                    void convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Signature] @Converter method convert must return the destination type, not void",
                "void convert(Book book);");
    }

    @Test
    @Reports(Message.GENERIC_METHOD)
    void converterWithTypeParameters() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record BookDto(String title) {}

                    @Converter
                    <T> BookDto convert(T book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Signature] @Converter method convert must not declare type parameters; declare one"
                        + " method per type",
                "<T> BookDto convert(T book);");
    }

    @Test
    @Reports({Message.NO_SOURCE, Message.VOID_RESULT, Message.GENERIC_METHOD})
    void everySignatureProblemOfOneMethodIsReported() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    @Converter
                    <T> void convert();
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/Signature] @Converter method convert needs a source")
                .inFile(source).onLineContaining("<T> void convert();");
        assertThat(compilation).hadErrorContaining("[Transmute/Signature] @Converter method convert must return")
                .inFile(source).onLineContaining("<T> void convert();");
        assertThat(compilation).hadErrorContaining(
                        "[Transmute/Signature] @Converter method convert must not declare type parameters")
                .inFile(source).onLineContaining("<T> void convert();");
        assertThat(compilation).hadErrorCount(3);
    }
}

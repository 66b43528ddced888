package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.assertNotGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A generic destination whose setters {@code setTitle(T)} and {@code setTitle(String)} both take
 * String once T is String: no Java call can choose one, so Transmute reports it instead of
 * generating a call that does not compile. (Found while fixing the overloaded-setter bug of the
 * differential test, whose generator leaves this shape out.)
 */
class ErrorsAmbiguousSetterTest {

    private static final String BOX = """
                class Box<T> {
                    private T title;

                    public T getTitle() {
                        return title;
                    }

                    public void setTitle(T title) {
                        this.title = title;
                    }

                    public void setTitle(String title) {
                        this.title = null;
                    }
                }
            """;

    @Test
    @Reports(Message.AMBIGUOUS_SETTER)
    void createdDestination() {
        JavaFileObject source = converter("BoxMapper", """
                public interface BoxMapper {
                    record Book(String title) {}
                """ + BOX + """

                    @Converter
                    Box<String> convert(Book book);
                }
                """);

        assertOnlyError(compile(source), source, "[Transmute/Ambiguous] BoxMapper.Box<String>.title cannot be"
                + " written: its setters setTitle(T) and setTitle(String) both take String there, so no call can"
                + " choose one; rename or remove one of them", "Box<String> convert(Book book);");
        assertNotGenerated("p.BoxMapperImpl", source);
    }

    @Test
    @Reports(Message.AMBIGUOUS_SETTER)
    void updatedTarget() {
        JavaFileObject source = converter("BoxMapper", """
                public interface BoxMapper {
                    record Book(String title) {}
                """ + BOX + """

                    @Converter
                    void update(Book book, @Into Box<String> box);
                }
                """);

        assertOnlyError(compile(source), source, "[Transmute/Ambiguous] BoxMapper.Box<String>.title cannot be"
                + " written: its setters setTitle(T) and setTitle(String) both take String there",
                "void update(Book book, @Into Box<String> box);");
        assertNotGenerated("p.BoxMapperImpl", source);
    }

    /** Once T is not String, the setter taking the getter's type is called. */
    @Test
    void otherTypeArgumentsAreFine() {
        JavaFileObject source = converter("BoxMapper", """
                public interface BoxMapper {
                    record Book(Integer title) {}
                """ + BOX + """

                    @Converter
                    Box<Integer> convert(Book book);
                }
                """);

        assertThat(compile(source)).succeeded();
        assertGenerated("p.BoxMapperImpl", source);
    }
}

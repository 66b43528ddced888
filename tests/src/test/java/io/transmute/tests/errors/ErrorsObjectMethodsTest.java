package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertNotGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Object's methods redeclared abstract. In an interface, java.lang.Object implements them and the
 * generated class compiles. In an abstract class they hide Object's bodies: the generated subclass
 * would not compile, so each is a compile error on the method, as any abstract non-converter method.
 */
class ErrorsObjectMethodsTest {

    @Test
    void redeclaredInAnInterfaceCompiles() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    @Converter
                    BookDto convert(Book book);

                    String toString();

                    boolean equals(Object other);

                    int hashCode();
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.BookMapperImpl").contentsAsUtf8String()
                .doesNotContain("toString");
    }

    @Test
    void redeclaredInASuperinterfaceCompiles() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title) {}

                    interface Described {
                        String toString();
                    }

                    interface Mapper extends Described {
                        @Converter
                        BookDto convert(Book book);
                    }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    @Reports(Message.ABSTRACT_NOT_CONVERTER)
    void redeclaredAbstractInAnAbstractClass() {
        JavaFileObject source = converter("BookMapper", """
                public abstract class BookMapper {
                    public record Book(String title) {}
                    public record BookDto(String title) {}

                    @Converter
                    public abstract BookDto convert(Book book);

                    @Override
                    public abstract String toString();

                    @Override
                    public abstract boolean equals(Object other);

                    @Override
                    public abstract int hashCode();
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/AbstractMethod] BookMapper.toString() is abstract but"
                        + " not a @Converter, so the generated BookMapperImpl could not implement it")
                .inFile(source).onLineContaining("public abstract String toString();");
        assertThat(compilation).hadErrorContaining("[Transmute/AbstractMethod] BookMapper.equals() is abstract"
                        + " but not a @Converter, so the generated BookMapperImpl could not implement it")
                .inFile(source).onLineContaining("public abstract boolean equals(Object other);");
        assertThat(compilation).hadErrorContaining("[Transmute/AbstractMethod] BookMapper.hashCode() is abstract but"
                        + " not a @Converter, so the generated BookMapperImpl could not implement it")
                .inFile(source).onLineContaining("public abstract int hashCode();");
        assertThat(compilation).hadErrorCount(3);
        assertNotGenerated("p.BookMapperImpl", source);
    }
}

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
 * Converter types Transmute cannot implement: the name of the implementation is taken, or the
 * abstract class cannot be subclassed by the generated class. A compile error, never a Filer crash.
 */
class ErrorsImplementationTest {

    @Test
    @Reports(Message.IMPLEMENTATION_NAME_TAKEN)
    void nestedAndTopLevelConvertersWantTheSameName() {
        JavaFileObject outer = converter("Outer", """
                public interface Outer {
                    record Book(String title) {}

                    interface Inner {
                        @Converter
                        Book copy(Book book);
                    }
                }
                """);
        JavaFileObject underscore = converter("Outer_Inner", """
                public interface Outer_Inner {
                    @Converter
                    Outer.Book copy(Outer.Book book);
                }
                """);

        Compilation compilation = compile(outer, underscore);

        assertOnlyError(compilation, underscore,
                "[Transmute/EnclosingType] Transmute would generate p.Outer_InnerImpl for p.Outer_Inner, but it is"
                        + " already generated for p.Outer.Inner; rename one of the types",
                "public interface Outer_Inner {");
        // The converter that claimed the name first keeps its implementation.
        assertGenerated("p.Outer_InnerImpl", outer, underscore);
    }

    @Test
    @Reports(Message.IMPLEMENTATION_NAME_TAKEN)
    void topLevelConverterFirstThenNested() {
        JavaFileObject outer = converter("Outer", """
                public interface Outer {
                    record Book(String title) {}

                    interface Inner {
                        @Converter
                        Book copy(Book book);
                    }
                }
                """);
        JavaFileObject underscore = converter("Outer_Inner", """
                public interface Outer_Inner {
                    @Converter
                    Outer.Book copy(Outer.Book book);
                }
                """);

        Compilation compilation = compile(underscore, outer);

        assertOnlyError(compilation, outer,
                "[Transmute/EnclosingType] Transmute would generate p.Outer_InnerImpl for p.Outer.Inner, but it is"
                        + " already generated for p.Outer_Inner; rename one of the types",
                "interface Inner {");
        assertGenerated("p.Outer_InnerImpl", underscore, outer);
    }

    @Test
    @Reports(Message.IMPLEMENTATION_NAME_TAKEN)
    void userClassAlreadyHasTheImplementationName() {
        JavaFileObject mapper = converter("Foo", """
                public interface Foo {
                    record Book(String title) {}

                    @Converter
                    Book copy(Book book);
                }
                """);
        JavaFileObject userClass = converter("FooImpl", """
                public class FooImpl {
                }
                """);

        Compilation compilation = compile(mapper, userClass);

        assertOnlyError(compilation, mapper,
                "[Transmute/EnclosingType] Transmute would generate p.FooImpl for p.Foo, but a type of that name"
                        + " already exists; rename one of the types",
                "public interface Foo {");
    }

    @Test
    @Reports(Message.IMPLEMENTATION_NAME_TAKEN)
    void userClassDeclaredBeforeTheConverter() {
        JavaFileObject userClass = converter("FooImpl", """
                public class FooImpl {
                }
                """);
        JavaFileObject mapper = converter("Foo", """
                public interface Foo {
                    record Book(String title) {}

                    @Converter
                    Book copy(Book book);
                }
                """);

        Compilation compilation = compile(userClass, mapper);

        assertOnlyError(compilation, mapper,
                "[Transmute/EnclosingType] Transmute would generate p.FooImpl for p.Foo, but a type of that name"
                        + " already exists; rename one of the types",
                "public interface Foo {");
    }

    @Test
    @Reports(Message.TYPE_NOT_IMPLEMENTABLE)
    void abstractClassWhoseConstructorThrowsACheckedException() {
        JavaFileObject source = converter("BookMapper", """
                public abstract class BookMapper {
                    protected BookMapper() throws java.io.IOException {}

                    public record Book(String title) {}
                    public record BookDto(String title) {}

                    @Converter
                    public abstract BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/EnclosingType] p.BookMapper cannot be implemented by Transmute: it has no non-private"
                        + " no-argument constructor that throws no checked exception for the generated subclass to"
                        + " call",
                "public abstract class BookMapper {");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    void abstractClassWhoseConstructorThrowsAnUncheckedExceptionIsFine() {
        JavaFileObject source = converter("BookMapper", """
                public abstract class BookMapper {
                    protected BookMapper() throws IllegalStateException {}

                    public record Book(String title) {}
                    public record BookDto(String title) {}

                    @Converter
                    public abstract BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.BookMapperImpl");
    }
}

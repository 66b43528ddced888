package io.transmute.tests.errors;

import static io.transmute.tests.errors.TransmuteCompiler.assertNotGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** @ConverterConfig(uses = ...): types the generated class cannot obtain, cycles, and ambiguity. */
class ErrorsUsesTest {

    private static final String BOOK_CONVERTER = """
                record Book(String title) {}
                record BookDto(String title) {}

                @Converter
                BookDto convert(Book book);
            }
            """;

    @Test
    @Reports(Message.USES_INVALID)
    void aPrimitiveIsNotAClass() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = int.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Uses] BookMapper uses int, which is not a class or interface",
                "@ConverterConfig(uses = int.class)");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.USES_INVALID)
    void anInterfaceThatIsNoConverterCannotBeCreated() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = Runnable.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Uses] BookMapper uses Runnable, which is neither a Transmute converter type, a MapStruct"
                        + " mapper nor a class with an accessible no-argument constructor, so the generated class"
                        + " cannot create it",
                "@ConverterConfig(uses = Runnable.class)");
    }

    @Test
    @Reports(Message.USES_INVALID)
    void aClassWhoseOnlyConstructorTakesArguments() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = {BookMapper.Prices.class})
                public interface BookMapper {
                    class Prices {
                        public Prices(String currency) {}

                        public String euros(long cents) {
                            return cents + " ct";
                        }
                    }
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Uses] BookMapper uses BookMapper.Prices, which is neither a Transmute converter type, a"
                        + " MapStruct mapper nor a class with an accessible no-argument constructor",
                "@ConverterConfig(uses = {BookMapper.Prices.class})");
    }

    @Test
    @Reports(Message.USES_INVALID)
    void aGenericType() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = ArrayList.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Uses] BookMapper uses ArrayList, which is generic; use a subtype that gives its type"
                        + " arguments",
                "@ConverterConfig(uses = ArrayList.class)");
    }

    @Test
    @Reports(Message.USES_INVALID)
    void anInjectedConverterThatNeedsConstructorArgumentsUnderTheDefaultModel() {
        JavaFileObject authors = converter("AuthorMapper", """
                @ConverterConfig(componentModel = ComponentModel.SPRING, uses = Prices.class)
                public interface AuthorMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}

                    @Converter
                    AuthorDto toDto(Author author);
                }
                """);
        JavaFileObject prices = converter("Prices", """
                public class Prices {
                    public String euros(long cents) {
                        return cents + " ct";
                    }
                }
                """);
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = AuthorMapper.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(authors, prices, source);

        assertOnlyError(compilation, source,
                "[Transmute/Uses] BookMapper uses AuthorMapper, which a container creates (component model SPRING),"
                        + " passing it the converters it uses; give both types the same component model",
                "@ConverterConfig(uses = AuthorMapper.class)");
    }

    /** The opposite direction: the container has no bean of a converter that Transmute creates itself. */
    @Test
    @Reports(Message.USES_INVALID)
    void anInjectedConverterThatUsesADefaultModelConverter() {
        JavaFileObject authors = converter("AuthorMapper", """
                public interface AuthorMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}

                    @Converter
                    AuthorDto toDto(Author author);
                }
                """);
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(componentModel = ComponentModel.SPRING, uses = AuthorMapper.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(authors, source);

        assertOnlyError(compilation, source,
                "[Transmute/Uses] BookMapper uses AuthorMapper, which has the component model DEFAULT, so no container"
                        + " creates it to pass to BookMapper (component model SPRING); give both types the same"
                        + " component model",
                "@ConverterConfig(componentModel = ComponentModel.SPRING, uses = AuthorMapper.class)");
        assertNotGenerated("p.BookMapperImpl", authors, source);
    }

    @Test
    @Reports(Message.USES_INVALID)
    void aMapStructMapperOfAContainerUnderTheDefaultModel() {
        JavaFileObject authors = converter("AuthorMapper", """
                @org.mapstruct.Mapper(componentModel = "spring")
                public interface AuthorMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}

                    AuthorDto toDto(Author author);
                }
                """);
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = AuthorMapper.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(authors, source);

        assertOnlyError(compilation, source,
                "[Transmute/Uses] BookMapper uses AuthorMapper, which a container creates (MapStruct componentModel"
                        + " = \"spring\"); give the converter type a component model too",
                "@ConverterConfig(uses = AuthorMapper.class)");
    }

    @Test
    @Reports(Message.USES_INVALID)
    void aUsedTypeWithoutAMethodToCall() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = BookMapper.Nothing.class)
                public interface BookMapper {
                    class Nothing {
                        private String hidden() {
                            return "";
                        }
                    }
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Uses] BookMapper uses BookMapper.Nothing, which has no method the generated class could"
                        + " call; give it a @Coercer or @Converter method, or remove it from uses",
                "@ConverterConfig(uses = BookMapper.Nothing.class)");
    }

    @Test
    @Reports(Message.USES_INVALID)
    void aSharedConfigurationsUsesAreReportedOnTheTypeThatFails() {
        JavaFileObject shared = converter("Shared", """
                @ConverterConfig(uses = Runnable.class)
                public interface Shared {}
                """);
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(config = Shared.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(shared, source);

        assertOnlyError(compilation, source, "[Transmute/Uses] BookMapper uses Runnable, which is neither",
                "@ConverterConfig(config = Shared.class)");
    }

    @Test
    @Reports(Message.USES_CYCLE)
    void twoConvertersThatUseEachOtherThroughAConfig() {
        JavaFileObject shared = converter("UsesBooks", """
                @ConverterConfig(uses = BookMapper.class)
                public interface UsesBooks {}
                """);
        JavaFileObject authors = converter("AuthorMapper", """
                @ConverterConfig(config = UsesBooks.class)
                public interface AuthorMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}

                    @Converter
                    AuthorDto toDto(Author author);
                }
                """);
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = AuthorMapper.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(shared, authors, source);

        com.google.common.truth.Truth.assertThat(compilation.errors()).hasSize(2);
        com.google.testing.compile.CompilationSubject.assertThat(compilation).hadErrorContaining(
                "[Transmute/Uses] BookMapper uses itself through @ConverterConfig(uses = ...): BookMapper ->"
                        + " AuthorMapper -> BookMapper; remove one of the uses")
                .inFile(source).onLineContaining("@ConverterConfig(uses = AuthorMapper.class)");
        com.google.testing.compile.CompilationSubject.assertThat(compilation).hadErrorContaining(
                "[Transmute/Uses] AuthorMapper uses itself through @ConverterConfig(uses = ...): AuthorMapper ->"
                        + " BookMapper -> AuthorMapper")
                .inFile(authors).onLineContaining("@ConverterConfig(config = UsesBooks.class)");
    }

    @Test
    @Reports(Message.USES_CYCLE)
    void aTypeThatUsesItself() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = BookMapper.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Uses] BookMapper uses itself through @ConverterConfig(uses = ...): BookMapper ->"
                        + " BookMapper",
                "@ConverterConfig(uses = BookMapper.class)");
    }

    @Test
    @Reports(Message.AMBIGUOUS_METHODS)
    void twoUsedTypesOfferingTheSameConversion() {
        JavaFileObject dates = converter("Dates", """
                public class Dates {
                    @Coercer
                    public String iso(LocalDate date) {
                        return date.toString();
                    }
                }
                """);
        JavaFileObject calendar = converter("Calendar", """
                public class Calendar {
                    @Coercer
                    public String format(LocalDate date) {
                        return date.toString();
                    }
                }
                """);
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = {Dates.class, Calendar.class})
                public interface BookMapper {
                    record Book(LocalDate published) {}
                    record BookDto(String published) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(dates, calendar, source);

        assertOnlyError(compilation, source,
                "[Transmute/Ambiguous] Converting BookMapper.Book.published (LocalDate) to BookMapper.BookDto.published"
                        + " (String) is ambiguous: Dates.iso(LocalDate) and Calendar.format(LocalDate) both apply and"
                        + " neither is more specific",
                "BookDto convert(Book book);");
    }

    @Test
    @Reports(Message.AMBIGUOUS_METHODS)
    void twoUsedConvertersOfTheSamePair() {
        JavaFileObject first = converter("AuthorMapper", """
                public interface AuthorMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}

                    @Converter
                    AuthorDto toDto(Author author);
                }
                """);
        JavaFileObject second = converter("OtherAuthorMapper", """
                public interface OtherAuthorMapper {
                    @Converter
                    AuthorMapper.AuthorDto convert(AuthorMapper.Author author);
                }
                """);
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = {AuthorMapper.class, OtherAuthorMapper.class})
                public interface BookMapper {
                    record Book(AuthorMapper.Author author) {}
                    record BookDto(AuthorMapper.AuthorDto author) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(first, second, source);

        assertOnlyError(compilation, source,
                "is ambiguous: AuthorMapper.toDto(AuthorMapper.Author) and OtherAuthorMapper.convert(AuthorMapper.Author)"
                        + " both apply",
                "BookDto convert(Book book);");
    }

    @Test
    void aUsedTypeOrConfigThatDoesNotExistIsJavacsToReport() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(uses = Missing.class, config = AlsoMissing.class)
                public interface BookMapper {
                """ + BOOK_CONVERTER);

        Compilation compilation = compile(source);

        com.google.testing.compile.CompilationSubject.assertThat(compilation).hadErrorContaining("cannot find symbol")
                .inFile(source).onLineContaining("@ConverterConfig(uses = Missing.class, config = AlsoMissing.class)");
        // Waited for until the last round, in case another processor generates them.
        com.google.testing.compile.CompilationSubject.assertThat(compilation).hadErrorContaining(
                "[Transmute/UnresolvedType] p.BookMapper refers to the class named by @ConverterConfig(config = ...),"
                        + " which does not exist").inFile(source).onLineContaining("public interface BookMapper {");
        assertNotGenerated("p.BookMapperImpl", source);
    }
}

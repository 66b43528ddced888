package io.transmute.tests.spi;

import static io.transmute.tests.spi.SpiAccessorNamingTest.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.processor.diagnostics.Message;
import io.transmute.tests.errors.Reports;
import io.transmute.tests.spi.SpiCompiler.Output;
import io.transmute.tests.spi.SpiCompiler.Plugins;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Plug-ins that cannot be used, or that fail: compile errors that name them, never a crash of
 * javac; and the builder problems MapStruct reports too.
 */
public class SpiErrorsTest {

    private static final String NAMING = """
            package plugins;

            import javax.lang.model.element.ExecutableElement;
            import org.mapstruct.ap.spi.DefaultAccessorNamingStrategy;

            public class %s extends DefaultAccessorNamingStrategy {
                %s
            }
            """;

    private static final Map<String, String> TWO_CONVERTER_TYPES = Map.of("p/BookMapper.java", HEADER + """
            public interface BookMapper {
                record Book(String title) {}
                record BookDto(String title) {}

                @Converter
                BookDto toDto(Book book);
            }
            """, "p/ShelfMapper.java", HEADER + """
            public interface ShelfMapper {
                record Shelf(String name) {}
                record ShelfDto(String name) {}

                @Converter
                ShelfDto toDto(Shelf shelf);
            }
            """);

    private static Map<String, String> naming(String name, String body) {
        return Map.of("plugins/" + name + ".java", NAMING.formatted(name, body));
    }

    @Test
    @Reports(Message.PLUGIN_DUPLICATE)
    void twoNamingStrategiesAreOneErrorNamingBoth() {
        Map<String, String> sources = new java.util.HashMap<>(naming("FirstNaming", ""));
        sources.putAll(naming("SecondNaming", ""));
        try (Plugins plugins = SpiCompiler.plugins(sources, Map.of("org.mapstruct.ap.spi.AccessorNamingStrategy",
                List.of("plugins.FirstNaming", "plugins.SecondNaming")));
                Output output = SpiCompiler.compile(List.of(plugins), TWO_CONVERTER_TYPES)) {
            // Reported once, on the first converter type; no type is implemented with a guessed strategy.
            output.assertError(1, "[Transmute/Plugin] Two MapStruct AccessorNamingStrategy plug-ins are on the"
                    + " annotation processor path, plugins.FirstNaming and plugins.SecondNaming; Transmute, like"
                    + " MapStruct, uses exactly one: remove one of them from the processor path",
                    "p/BookMapper.java", "public interface BookMapper {");
            assertFalse(output.generatedSourceExists("p.BookMapperImpl") || output.generatedSourceExists("p.ShelfMapperImpl"),
                    output::report);
        }
    }

    @Test
    @Reports(Message.PLUGIN_NOT_LOADED)
    void aStrategyThatCannotBeCreatedIsAnError() {
        try (Plugins plugins = SpiCompiler.plugins(naming("BrokenNaming", """
                public BrokenNaming() {
                    throw new IllegalStateException("no configuration file");
                }
                """), Map.of("org.mapstruct.ap.spi.AccessorNamingStrategy", List.of("plugins.BrokenNaming")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/BookMapper.java",
                        TWO_CONVERTER_TYPES.get("p/BookMapper.java")))) {
            output.assertError(1, "[Transmute/Plugin] The MapStruct AccessorNamingStrategy plug-in on the annotation"
                    + " processor path could not be loaded: org.mapstruct.ap.spi.AccessorNamingStrategy: Provider"
                    + " plugins.BrokenNaming could not be instantiated (java.lang.IllegalStateException: no"
                    + " configuration file)", "p/BookMapper.java", "public interface BookMapper {");
        }
    }

    @Test
    @Reports(Message.PLUGIN_FAILED)
    void aStrategyThatThrowsIsAnErrorOnTheMethodBeingImplemented() throws ReflectiveOperationException {
        try (Plugins plugins = SpiCompiler.plugins(naming("PickyNaming", """
                @Override
                public String getPropertyName(ExecutableElement method) {
                    if (method.getSimpleName().contentEquals("getSecret")) {
                        throw new UnsupportedOperationException("secrets have no property name");
                    }
                    return super.getPropertyName(method);
                }
                """), Map.of("org.mapstruct.ap.spi.AccessorNamingStrategy", List.of("plugins.PickyNaming")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/VaultMapper.java", HEADER + """
                        public interface VaultMapper {
                            final class Vault {
                                public String getName() { return "v"; }
                                public String getSecret() { return "s"; }
                            }
                            record VaultDto(String name) {}
                            record Label(String name) {}
                            record LabelDto(String name) {}

                            @Converter
                            VaultDto toDto(Vault vault);

                            @Converter
                            LabelDto toDto(Label label);
                        }
                        """))) {
            output.assertError(1, "[Transmute/Plugin] The MapStruct plug-in plugins.PickyNaming failed while Transmute"
                    + " implemented toDto(): java.lang.UnsupportedOperationException: secrets have no property name",
                    "p/VaultMapper.java", "VaultDto toDto(Vault vault);");
        }
    }

    @Test
    @Reports(Message.PLUGIN_FAILED)
    void aStrategyThatFailsToInitializeIsAnErrorOnTheFirstConverterType() {
        try (Plugins plugins = SpiCompiler.plugins(naming("UninitializedNaming", """
                @Override
                public void init(org.mapstruct.ap.spi.MapStructProcessingEnvironment environment) {
                    throw new IllegalArgumentException("needs -Anaming.style");
                }
                """), Map.of("org.mapstruct.ap.spi.AccessorNamingStrategy", List.of("plugins.UninitializedNaming")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/BookMapper.java",
                        TWO_CONVERTER_TYPES.get("p/BookMapper.java")))) {
            output.assertError(1, "[Transmute/Plugin] The MapStruct plug-in plugins.UninitializedNaming failed while"
                    + " Transmute implemented p.BookMapper: java.lang.IllegalArgumentException: needs -Anaming.style",
                    "p/BookMapper.java", "public interface BookMapper {");
        }
    }

    @Test
    @Reports(Message.PLUGIN_FAILED)
    void anEnumStrategyNamingNoConstantIsAnErrorNamingIt() {
        try (Plugins plugins = SpiCompiler.plugins(Map.of("plugins/WrongNulls.java", """
                package plugins;

                import javax.lang.model.element.TypeElement;
                import org.mapstruct.ap.spi.DefaultEnumMappingStrategy;

                public class WrongNulls extends DefaultEnumMappingStrategy {
                    @Override
                    public String getDefaultNullEnumConstant(TypeElement enumType) {
                        return "UNKNOWN";
                    }
                }
                """), Map.of("org.mapstruct.ap.spi.EnumMappingStrategy", List.of("plugins.WrongNulls")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/GenreMapper.java", HEADER + """
                        public interface GenreMapper {
                            enum Genre { FICTION }
                            enum GenreDto { FICTION }

                            @Converter
                            GenreDto toDto(Genre genre);
                        }
                        """))) {
            output.assertError(1, "[Transmute/Plugin] The MapStruct plug-in plugins.WrongNulls failed while Transmute"
                    + " implemented toDto(): java.lang.IllegalStateException: getDefaultNullEnumConstant(p.GenreMapper.GenreDto)"
                    + " returned \"UNKNOWN\", which is not a constant of that enum",
                    "p/GenreMapper.java", "GenreDto toDto(Genre genre);");
        }
    }

    @Test
    @Reports(Message.AST_PROCESSOR_SKIPPED)
    void anAstModifyingProcessorThatCannotBeLoadedIsSkippedWithAWarning() throws ReflectiveOperationException {
        // As with Lombok run as an agent in Eclipse: its services file names a class that cannot be loaded here.
        try (Plugins plugins = SpiCompiler.plugins(Map.of(), Map.of(
                "org.mapstruct.ap.spi.AstModifyingAnnotationProcessor", List.of("lombok.launch.NotHere")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/BookMapper.java",
                        TWO_CONVERTER_TYPES.get("p/BookMapper.java"), "p/Demo.java", HEADER + """
                        public final class Demo {
                            public static String run() {
                                return new BookMapperImpl().toDto(new BookMapper.Book("Dune")).toString();
                            }
                        }
                        """))) {
            assertTrue(output.success, output::report);
            // MapStruct's own processor, on the processor path too, warns in its own words.
            assertEquals(1, output.of(Diagnostic.Kind.WARNING).stream()
                    .filter(warning -> SpiCompiler.text(warning).startsWith("[Transmute/")).count(), output::report);
            output.assertReported(Diagnostic.Kind.WARNING, "[Transmute/Plugin] A MapStruct AstModifyingAnnotationProcessor"
                    + " on the annotation processor path could not be loaded and is skipped:"
                    + " org.mapstruct.ap.spi.AstModifyingAnnotationProcessor: Provider lombok.launch.NotHere not found",
                    null, null);
            assertEquals("BookDto[title=Dune]", output.run("p.Demo"));
        }
    }

    @Test
    @Reports(Message.BUILDER_CREATION_AMBIGUOUS)
    void severalBuilderCreationMethodsAreAWarningAndTheConstructorIsUsed() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/Book.java", HEADER + """
                public final class Book {
                    private final String title;

                    public Book(String title) { this.title = title; }

                    public static Builder builder() { return new Builder(); }
                    public static Builder newBuilder() { return new Builder(); }

                    public String getTitle() { return title; }

                    public static final class Builder {
                        private String title;

                        public Builder title(String title) { this.title = title; return this; }
                        public Book build() { return new Book("built " + title); }
                    }
                }
                """, "p/BookMapper.java", HEADER + """
                public interface BookMapper {
                    record BookForm(String title) {}

                    @Converter
                    Book create(BookForm form);
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        return new BookMapperImpl().create(new BookMapper.BookForm("Dune")).getTitle();
                    }
                }
                """))) {
            assertTrue(output.success, output::report);
            assertEquals(1, output.of(Diagnostic.Kind.WARNING).size(), output::report);
            output.assertReported(Diagnostic.Kind.WARNING, "[Transmute/Builder] p.Book has several builder creation"
                    + " methods (builder(), newBuilder()), so Transmute creates it without a builder; keep one, or"
                    + " choose one with a MapStruct BuilderProvider plug-in", "p/Book.java", "public final class Book {");
            assertEquals("Dune", output.run("p.Demo"));
        }
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void aBuilderWithSeveralBuildMethodsNoneNamedBuildIsAnError() {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/BookMapper.java", HEADER + """
                public interface BookMapper {
                    record BookForm(String title) {}

                    final class Book {
                        private final String title;

                        private Book(String title) { this.title = title; }

                        public static Builder builder() { return new Builder(); }

                        public String getTitle() { return title; }

                        public static final class Builder {
                            private String title;

                            public Builder title(String title) { this.title = title; return this; }
                            public Book create() { return new Book(title); }
                            public Book make() { return new Book(title); }
                        }
                    }

                    @Converter
                    Book create(BookForm form);
                }
                """))) {
            output.assertError(1, "[Transmute/Construction] Cannot create BookMapper.Book for the result of create():"
                    + " its builder has several build methods (create(), make()) and none is named build; set"
                    + " builders = false, or choose one with a MapStruct BuilderProvider plug-in",
                    "p/BookMapper.java", "Book create(BookForm form);");
        }
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void aSuperclasssBuilderThatBuildsNoSubclassIsAnError() {
        // MapStruct's default provider offers Book's builder for Novel, which has none of its own.
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/NovelMapper.java", HEADER + """
                public interface NovelMapper {
                    record NovelForm(String title) {}

                    class Book {
                        private final String title;

                        Book(String title) { this.title = title; }

                        public static Builder builder() { return new Builder(); }

                        public String getTitle() { return title; }

                        public static class Builder {
                            private String title;

                            public Builder title(String title) { this.title = title; return this; }
                            public Book build() { return new Book(title); }
                        }
                    }

                    final class Novel extends Book {
                        Novel(String title) { super(title); }
                    }

                    @Converter
                    Novel create(NovelForm form);
                }
                """))) {
            output.assertError(1, "[Transmute/Construction] Cannot create NovelMapper.Novel for the result of create():"
                    + " its builder NovelMapper.Book.Builder has no build method that returns a NovelMapper.Novel"
                    + " (build() returns NovelMapper.Book); set builders = false, or give it its own builder",
                    "p/NovelMapper.java", "Novel create(NovelForm form);");
        }
    }

    @Test
    @Reports(Message.BUILDER_CANNOT_WRITE)
    void aSourcePropertyTheBuilderCannotWriteIsAnErrorUnlessAllowedUnlinked() throws ReflectiveOperationException {
        String shelf = """
                    final class Shelf {
                        private final List<String> books;

                        private Shelf(List<String> books) { this.books = books; }

                        public static Builder builder() { return new Builder(); }

                        public List<String> getBooks() { return books; }
                        public int getCount() { return books.size(); }

                        public static final class Builder {
                            private List<String> books = List.of();

                            public Builder books(List<String> books) { this.books = books; return this; }
                            public Shelf build() { return new Shelf(books); }
                        }
                    }
                """;
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/ShelfMapper.java", HEADER + """
                public interface ShelfMapper {
                    record ShelfForm(List<String> books, int count) {}

                """ + shelf + """

                    @Converter
                    Shelf create(ShelfForm form);
                }
                """))) {
            output.assertError(1, "[Transmute/BuilderProperty] ShelfMapper.ShelfForm.count would fill ShelfMapper.Shelf.count,"
                    + " but its builder ShelfMapper.Shelf.Builder has no setter for it (nor an addAllCount method), so it"
                    + " would be dropped. Give the builder one, set builders = false, or list \"count\" in allowUnlinked"
                    + " to leave it out", "p/ShelfMapper.java", "Shelf create(ShelfForm form);");
        }
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/ShelfMapper.java", HEADER + """
                public interface ShelfMapper {
                    record ShelfForm(List<String> books, int count) {}

                """ + shelf + """

                    @Converter(allowUnlinked = "count")
                    Shelf create(ShelfForm form);
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        return "" + new ShelfMapperImpl().create(new ShelfMapper.ShelfForm(List.of("Dune"), 7)).getCount();
                    }
                }
                """))) {
            output.assertClean();
            assertEquals("1", output.run("p.Demo"));
        }
    }
}

package io.transmute.tests.di;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.di.InMemoryCompiler.compile;
import static io.transmute.tests.di.InMemoryCompiler.compileCleanly;
import static io.transmute.tests.di.InMemoryCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code Unlinked.WARN} and {@code IGNORE} leave properties that nothing links empty, as
 * {@code allowUnlinked} does; {@code ERROR} (the default) reports them. The generated code is run.
 */
class UnlinkedPolicyTest {

    /** A record (filled by its constructor) and a bean whose primitive keeps its initial value. */
    private static JavaFileObject mapper(String configuration) {
        return source("BookMapper", """
                %s
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, String notes, Optional<String> isbn) {}

                    class Shelf {
                        private String title;
                        private int position = 7;

                        public String getTitle() {
                            return title;
                        }

                        public void setTitle(String title) {
                            this.title = title;
                        }

                        public int getPosition() {
                            return position;
                        }

                        public void setPosition(int position) {
                            this.position = position;
                        }
                    }

                    @Converter
                    BookDto toDto(Book book);

                    @Converter
                    Shelf toShelf(Book book);
                }
                """.formatted(configuration));
    }

    private static final JavaFileObject RUN = source("Run", """
            public class Run implements java.util.function.Supplier<String> {
                @Override
                public String get() {
                    BookMapper mapper = new BookMapperImpl();
                    BookMapper.Shelf shelf = mapper.toShelf(new BookMapper.Book("Solaris"));
                    return mapper.toDto(new BookMapper.Book("Solaris")) + " " + shelf.getTitle() + "@" + shelf.getPosition();
                }
            }
            """);

    @Test
    void ignoreLeavesThePropertiesEmptyWithoutAWord() throws Exception {
        Compilation compilation = compileCleanly(List.of(),
                mapper("@ConverterConfig(unlinked = Unlinked.IGNORE)"), RUN);

        assertEquals("BookDto[title=Solaris, notes=null, isbn=Optional.empty] Solaris@7",
                DefaultModelUsesTest.run(compilation));
    }

    @Test
    void warnLeavesThemEmptyWithAWarningPerPropertyOnTheMethod() throws Exception {
        JavaFileObject mapper = mapper("");
        Compilation compilation = compile(List.of("-Atransmute.unlinked=WARN"), mapper, RUN);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(3);
        assertThat(compilation).hadWarningContaining("[Transmute/Unlinked] BookMapper.BookDto.notes (String) is not"
                        + " linked and stays empty: no source property or parameter named 'notes' (existing names:"
                        + " title), and toDto() has unlinked = WARN. Add @Link(from = \"...\", to = \"notes\"), or"
                        + " list \"notes\" in allowUnlinked to leave it empty without a warning")
                .inFile(mapper).onLineContaining("BookDto toDto(Book book);");
        assertThat(compilation).hadWarningContaining("BookMapper.BookDto.isbn (Optional<String>) is not linked")
                .inFile(mapper).onLineContaining("BookDto toDto(Book book);");
        assertThat(compilation).hadWarningContaining("BookMapper.Shelf.position (int) is not linked")
                .inFile(mapper).onLineContaining("Shelf toShelf(Book book);");
        assertEquals("BookDto[title=Solaris, notes=null, isbn=Optional.empty] Solaris@7",
                DefaultModelUsesTest.run(compilation));
    }

    @Test
    void errorOnTheMethodBeatsWarnOnTheType() {
        JavaFileObject mapper = source("BookMapper", """
                @ConverterConfig(unlinked = Unlinked.WARN)
                public interface BookMapper {
                    record Book(String title) {}
                    record BookDto(String title, String notes) {}

                    @Converter(unlinked = Unlinked.ERROR)
                    BookDto toDto(Book book);
                }
                """);
        Compilation compilation = compile(List.of(), mapper);

        assertThat(compilation).hadErrorContaining("[Transmute/Unlinked] BookMapper.BookDto.notes (String) is not"
                + " linked: no source property or parameter named 'notes'").inFile(mapper)
                .onLineContaining("BookDto toDto(Book book);");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadWarningCount(0);
    }

    @Test
    void everyMethodReusingAConversionThatLeavesAPropertyEmptyIsWarned() throws Exception {
        JavaFileObject mapper = source("ShelfMapper", """
                @ConverterConfig(unlinked = Unlinked.WARN)
                public interface ShelfMapper {
                    record Author(String name) {}
                    record AuthorDto(String name, String country) {}
                    record Book(String title, Author author) {}
                    record BookDto(String title, AuthorDto author) {}
                    record Shelf(String name, Author owner) {}
                    record ShelfDto(String name, AuthorDto owner) {}

                    @Converter
                    BookDto toDto(Book book);

                    @Converter
                    ShelfDto toDto(Shelf shelf);

                    @Converter(unlinked = Unlinked.IGNORE)
                    ShelfDto quietly(Shelf shelf, String label);
                }
                """);
        Compilation compilation = compile(List.of(), mapper);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        assertThat(compilation).hadWarningContaining("ShelfMapper.BookDto.author.country (String) is not linked"
                        + " and stays empty: no source property or parameter named 'country' (existing names: name),"
                        + " and toDto() has unlinked = WARN. Add @Link(from = \"...\", to = \"author.country\")")
                .inFile(mapper).onLineContaining("BookDto toDto(Book book);");
        assertThat(compilation).hadWarningContaining("ShelfMapper.ShelfDto.owner.country (String) is not linked"
                        + " and stays empty: no source property or parameter named 'country' (existing names: name),"
                        + " and toDto() has unlinked = WARN. Add @Link(from = \"...\", to = \"owner.country\")")
                .inFile(mapper).onLineContaining("ShelfDto toDto(Shelf shelf);");
        String implementation = InMemoryCompiler.generated(compilation, "p.ShelfMapperImpl");
        assertEquals(1, implementation.split("private ShelfMapper.AuthorDto authorToAuthorDto\\(", -1).length - 1,
                implementation);
    }

    @Test
    void aConversionThatLinksEverythingIsSharedWithStrictMethods() {
        JavaFileObject mapper = source("ShelfMapper", """
                public interface ShelfMapper {
                    record Author(String name) {}
                    record AuthorDto(String name) {}
                    record Book(String title, Author author) {}
                    record BookDto(String title, AuthorDto author, String notes) {}
                    record BookView(String title, AuthorDto author) {}

                    @Converter(unlinked = Unlinked.IGNORE)
                    BookDto toDto(Book book);

                    @Converter
                    BookView toView(Book book);
                }
                """);
        Compilation compilation = compileCleanly(List.of(), mapper);

        String implementation = InMemoryCompiler.generated(compilation, "p.ShelfMapperImpl");
        assertEquals(1, implementation.split("private ShelfMapper.AuthorDto authorToAuthorDto", -1).length - 1,
                implementation);
        assertEquals(List.of(), compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList());
    }
}

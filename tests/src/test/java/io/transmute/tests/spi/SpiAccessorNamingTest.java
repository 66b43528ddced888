package io.transmute.tests.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.tests.spi.SpiCompiler.Output;
import io.transmute.tests.spi.SpiCompiler.Plugins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's AccessorNamingStrategy decides which methods read and write properties (here
 * {@code name()} and {@code name(value)}); MapStruct's default strategy, used without one, also
 * knows fluent setters and presence checkers ({@code hasTitle()}), which guard the reads.
 */
class SpiAccessorNamingTest {

    static final String HEADER = """
            package p;

            import io.transmute.*;
            import java.util.*;

            """;

    private static final String FLUENT_NAMING = """
            package plugins;

            import java.util.Set;
            import javax.lang.model.element.ExecutableElement;
            import javax.lang.model.type.TypeKind;
            import org.mapstruct.ap.spi.AccessorNamingStrategy;
            import org.mapstruct.ap.spi.MethodType;

            /** Accessors named like their property: name() reads it, name(value) writes it. */
            public class FluentNaming implements AccessorNamingStrategy {
                private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals", "getClass");

                @Override
                public MethodType getMethodType(ExecutableElement method) {
                    if (OBJECT_METHODS.contains(method.getSimpleName().toString())) {
                        return MethodType.OTHER;
                    }
                    if (method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID) {
                        return MethodType.GETTER;
                    }
                    return method.getParameters().size() == 1 ? MethodType.SETTER : MethodType.OTHER;
                }

                @Override
                public String getPropertyName(ExecutableElement getterOrSetter) {
                    return getterOrSetter.getSimpleName().toString();
                }

                @Override
                public String getElementName(ExecutableElement adder) {
                    return null;
                }

                @Override
                @SuppressWarnings("deprecation")
                public String getCollectionGetterName(String property) {
                    return null;
                }
            }
            """;

    @Test
    void aUsersNamingStrategyDecidesGettersAndSetters() throws ReflectiveOperationException {
        try (Plugins plugins = SpiCompiler.plugins(Map.of("plugins/FluentNaming.java", FLUENT_NAMING),
                Map.of("org.mapstruct.ap.spi.AccessorNamingStrategy", List.of("plugins.FluentNaming")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/Catalog.java", HEADER + """
                        public interface Catalog {
                            final class Book {
                                private String title;
                                private int pages;

                                public String title() { return title; }
                                public Book title(String title) { this.title = title; return this; }
                                public int pages() { return pages; }
                                public Book pages(int pages) { this.pages = pages; return this; }
                            }

                            final class BookDto {
                                private String title;
                                private Integer pages;

                                public String title() { return title; }
                                public void title(String title) { this.title = title; }
                                public Integer pages() { return pages; }
                                public void pages(Integer pages) { this.pages = pages; }
                            }

                            @Converter
                            BookDto toDto(Book book);

                            @Converter
                            Book toBook(BookDto dto);
                        }
                        """, "p/Demo.java", HEADER + """
                        public final class Demo {
                            public static String run() {
                                Catalog catalog = new CatalogImpl();
                                Catalog.BookDto dto = catalog.toDto(new Catalog.Book().title("Dune").pages(412));
                                Catalog.Book back = catalog.toBook(dto);
                                return dto.title() + "/" + dto.pages() + " " + back.title() + "/" + back.pages();
                            }
                        }
                        """))) {
            output.assertClean();
            assertEquals("Dune/412 Dune/412", output.run("p.Demo"));
            String generated = output.generatedSource("p.CatalogImpl");
            assertTrue(generated.contains("bookDto.title(book.title());"), generated);
            assertTrue(generated.contains("book.title(dto.title());"), generated);
        }
    }

    @Test
    void presenceCheckersMakeAnAbsentValueNullEverywhere() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/Messages.java", HEADER + """
                public interface Messages {
                    /** Like a protobuf message: unset fields read as defaults, hasX() tells them apart. */
                    final class Note {
                        private final String title;
                        private final Integer pages;
                        private final Author author;

                        public Note(String title, Integer pages, Author author) {
                            this.title = title;
                            this.pages = pages;
                            this.author = author;
                        }

                        public String getTitle() { return title == null ? "" : title; }
                        public boolean hasTitle() { return title != null; }
                        public int getPages() { return pages == null ? 0 : pages; }
                        public boolean hasPages() { return pages != null; }
                        public Author getAuthor() { return author == null ? new Author(null) : author; }
                        public boolean hasAuthor() { return author != null; }
                    }

                    final class Author {
                        private final String name;

                        public Author(String name) { this.name = name; }

                        public String getName() { return name == null ? "" : name; }
                        public boolean hasName() { return name != null; }
                    }

                    record NoteDto(String title, Optional<Integer> pages, String authorName) {}

                    final class NoteForm {
                        private String title = "kept";
                        private Integer pages = 7;

                        public String getTitle() { return title; }
                        public void setTitle(String title) { this.title = title; }
                        public Integer getPages() { return pages; }
                        public void setPages(Integer pages) { this.pages = pages; }
                    }

                    @Converter
                    @Link(from = "author.name", to = "authorName")
                    NoteDto toDto(Note note);

                    @Converter(nulls = Nulls.SKIP)
                    void update(Note note, @Into NoteForm form);
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        Messages messages = new MessagesImpl();
                        Messages.NoteForm form = new Messages.NoteForm();
                        messages.update(new Messages.Note(null, 3, null), form);
                        return messages.toDto(new Messages.Note("Dune", 3, new Messages.Author("Frank"))) + " "
                                + messages.toDto(new Messages.Note(null, null, null)) + " "
                                + messages.toDto(new Messages.Note("Emma", null, new Messages.Author(null))) + " "
                                + form.getTitle() + "/" + form.getPages();
                    }
                }
                """))) {
            output.assertClean();
            assertEquals("NoteDto[title=Dune, pages=Optional[3], authorName=Frank]"
                    + " NoteDto[title=null, pages=Optional.empty, authorName=null]"
                    + " NoteDto[title=Emma, pages=Optional.empty, authorName=null] kept/3", output.run("p.Demo"));
            String generated = output.generatedSource("p.MessagesImpl");
            assertTrue(generated.contains("note.hasTitle() ? note.getTitle() : null"), generated);
            assertTrue(generated.contains("author == null || !author.hasName() ? null : author.getName()"), generated);
        }
    }
}

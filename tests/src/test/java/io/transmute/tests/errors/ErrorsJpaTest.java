package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.transmute.Converter;
import io.transmute.processor.TransmuteProcessor;
import jakarta.persistence.Entity;
import java.io.File;
import java.util.List;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes around JPA entities: references without an EntityManager, an @Id filled by name. */
class ErrorsJpaTest {

    private static final String ENTITY = """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Book {
                @Id @GeneratedValue private Long id;
                @Version private int version;
                private String title;
                @ManyToOne private Author author;

                public Long getId() { return id; }
                public void setId(Long id) { this.id = id; }
                public int getVersion() { return version; }
                public void setVersion(int version) { this.version = version; }
                public String getTitle() { return title; }
                public void setTitle(String title) { this.title = title; }
                public Author getAuthor() { return author; }
                public void setAuthor(Author author) { this.author = author; }
            }
            """;

    private static final String AUTHOR = """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Author {
                @Id private Long id;
                public Long getId() { return id; }
            }
            """;

    private static JavaFileObject book() {
        return source("p.Book", ENTITY);
    }

    private static JavaFileObject author() {
        return source("p.Author", AUTHOR);
    }

    @Test
    @Reports(Message.NEEDS_ENTITY_MANAGER)
    void referencesNeedAnEntityManagerParameter() {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;

                public interface BookMapper {
                    record BookForm(String title, Long authorId) {}

                    @Converter
                    Book create(BookForm form);
                }
                """);

        Compilation compilation = compile(book(), author(), mapper);

        assertOnlyError(compilation, mapper,
                "[Transmute/References] Book.author (Author) is an entity filled from BookMapper.BookForm.authorId"
                        + " (Long), an id: declare a parameter of type jakarta.persistence.EntityManager (or"
                        + " org.hibernate.Session) on create() to look it up",
                "Book create(BookForm form);");
    }

    @Test
    @Reports(Message.IMPLICIT_ID)
    void anIdFilledByNameIsAnError() {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;
                import jakarta.persistence.EntityManager;

                public interface BookMapper {
                    record BookForm(Long id, int version, String title, Long authorId) {}

                    @Converter
                    Book create(BookForm form, EntityManager entityManager);
                }
                """);

        Compilation compilation = compile(book(), author(), mapper);

        assertThat(compilation).hadErrorContaining("[Transmute/EntityId] Book.id (Long) is the entity's @Id, and"
                        + " BookMapper.BookForm.id would fill it by name: Transmute never fills an @Id or @Version"
                        + " implicitly. Link it with @Link(from = \"id\", to = \"id\") if you mean to, or list"
                        + " \"id\" in allowUnlinked to leave it unset")
                .inFile(mapper).onLineContaining("Book create(BookForm form, EntityManager entityManager);");
        assertThat(compilation).hadErrorContaining("[Transmute/EntityId] Book.version (int) is the entity's"
                        + " @Version, and BookMapper.BookForm.version would fill it by name")
                .inFile(mapper).onLineContaining("Book create(BookForm form, EntityManager entityManager);");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void anExplicitLinkOrAllowUnlinkedSettlesIt() {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;
                import jakarta.persistence.EntityManager;

                public interface BookMapper {
                    record BookForm(Long id, int version, String title, Long authorId) {}

                    @Converter(allowUnlinked = "version")
                    @Link(from = "id", to = "id")
                    Book merge(BookForm form, EntityManager entityManager);
                }
                """);

        assertThat(compile(book(), author(), mapper)).succeededWithoutWarnings();
    }

    @Test
    void withoutASameNamePropertyTheIdAndVersionStayUnset() {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;
                import jakarta.persistence.EntityManager;

                public interface BookMapper {
                    record BookForm(String title, Long authorId) {}

                    @Converter
                    Book create(BookForm form, EntityManager entityManager);
                }
                """);

        assertThat(compile(book(), author(), mapper)).succeededWithoutWarnings();
    }

    @Test
    @Reports(Message.INTO_MISPLACED)
    void theSourceCannotBeTheTarget() {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;

                public interface BookMapper {
                    record BookEdit(String title) {}

                    @Converter
                    void update(@Into Book book, BookEdit edit);
                }
                """);

        assertOnlyError(compile(book(), author(), mapper), mapper,
                "[Transmute/Into] @Converter method update may have one @Into parameter, after the source (the"
                        + " first parameter)",
                "void update(@Into Book book, BookEdit edit);");
    }

    @Test
    @Reports(Message.INTO_RESULT)
    void anUpdateReturnsVoidOrItsTarget() {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;

                public interface BookMapper {
                    record BookEdit(String title) {}

                    @Converter
                    String update(BookEdit edit, @Into Book book);
                }
                """);

        assertOnlyError(compile(book(), author(), mapper), mapper,
                "[Transmute/Into] @Converter method update updates its @Into parameter, so it must return void or"
                        + " that object, not String; declare it to return void or Book",
                "String update(BookEdit edit, @Into Book book);");
    }

    @Test
    @Reports(Message.INTO_NOT_UPDATABLE)
    void aRecordCannotBeUpdated() {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;

                public interface BookMapper {
                    record BookEdit(String title) {}
                    record BookView(String title) {}

                    @Converter
                    void update(BookEdit edit, @Into BookView view);
                }
                """);

        assertOnlyError(compile(mapper), mapper,
                "[Transmute/Into] @Into view (BookMapper.BookView) cannot be updated in place: it is a record, which"
                        + " is immutable; return a new one instead of @Into",
                "void update(BookEdit edit, @Into BookView view);");
    }

    @Test
    @Reports(Message.INTO_ENTITY_KEY)
    void anUpdateNeverChangesTheId() {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;

                public interface BookMapper {
                    record BookEdit(Long id, String title) {}

                    @Converter
                    @Link(from = "id", to = "id")
                    void update(BookEdit edit, @Into Book book);
                }
                """);

        assertOnlyError(compile(book(), author(), mapper), mapper,
                "[Transmute/Into] @Link(from = \"id\", to = \"id\") links into Book.id, the entity's @Id, which an"
                        + " update never changes; remove the link",
                "@Link(from = \"id\", to = \"id\")");
    }

    private static JavaFileObject slot() {
        return source("p.Slot", """
                package p;

                import jakarta.persistence.*;

                @Entity
                public class Slot {
                    @Id private Long id;
                    @ManyToOne private Shelf shelf;
                    private String label;
                    public Long getId() { return id; }
                    public String getLabel() { return label; }
                    public void setLabel(String label) { this.label = label; }
                    public void setShelf(Shelf shelf) { this.shelf = shelf; }
                }
                """);
    }

    /** A shelf whose slots are only reachable through their getter, as entities usually have it. */
    private static JavaFileObject shelf(String extraMembers) {
        return source("p.Shelf", """
                package p;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                public class Shelf {
                    @Id private Long id;
                    @OneToMany(mappedBy = "shelf", orphanRemoval = true) private List<Slot> slots = new ArrayList<>();
                    public Long getId() { return id; }
                    public List<Slot> getSlots() { return slots; }
                """ + extraMembers + """
                }
                """);
    }

    @Test
    @Reports(Message.CHILD_ID_MISSING)
    void childrenAreMatchedByAnIdTheElementsMustHave() {
        JavaFileObject mapper = source("p.ShelfMapper", """
                package p;

                import io.transmute.*;
                import java.util.List;

                public interface ShelfMapper {
                    record SlotEdit(String label) {}
                    record ShelfEdit(List<SlotEdit> slots) {}

                    @Converter
                    void update(ShelfEdit edit, @Into Shelf shelf);
                }
                """);

        assertOnlyError(compile(shelf(""), slot(), mapper), mapper,
                "[Transmute/Into] Shelf.slots (List<Slot>) is updated by matching its children by id with the"
                        + " elements of ShelfMapper.SlotEdit, which have no property 'id' of type Long to match them"
                        + " by; add one, or list the collection in allowUnlinked and update the children yourself",
                "void update(ShelfEdit edit, @Into Shelf shelf);");
    }

    @Test
    void childrenWithAnIdAreMerged() {
        JavaFileObject mapper = source("p.ShelfMapper", """
                package p;

                import io.transmute.*;
                import java.util.List;

                public interface ShelfMapper {
                    record SlotEdit(Long id, String label) {}
                    record ShelfEdit(List<SlotEdit> slots) {}

                    @Converter
                    void update(ShelfEdit edit, @Into Shelf shelf);
                }
                """);

        assertThat(compile(shelf(""), slot(), mapper)).succeededWithoutWarnings();
    }

    @Test
    void aChildCollectionWithASetterOrALinkIsMergedToo() {
        JavaFileObject mapper = source("p.ShelfMapper", """
                package p;

                import io.transmute.*;
                import java.util.List;

                public interface ShelfMapper {
                    record SlotEdit(Long id, String label) {}
                    record ShelfEdit(List<SlotEdit> items) {}

                    @Converter
                    @Link(from = "items", to = "slots")
                    void update(ShelfEdit edit, @Into Shelf shelf);
                }
                """);

        assertThat(compile(shelf("    public void setSlots(List<Slot> slots) { this.slots = slots; }\n"), slot(),
                mapper)).succeededWithoutWarnings();
    }

    @Test
    @Reports(Message.INTO_CHILD_ENTITIES)
    void childrenFromADeeperPathAreNotReplacedWholesale() {
        JavaFileObject mapper = source("p.ShelfMapper", """
                package p;

                import io.transmute.*;
                import java.util.List;

                public interface ShelfMapper {
                    record SlotEdit(Long id, String label) {}
                    record Content(List<SlotEdit> slots) {}
                    record ShelfEdit(Content content) {}

                    @Converter(allowUnlinked = "slots.shelf")
                    @Link(from = "content.slots", to = "slots")
                    void update(ShelfEdit edit, @Into Shelf shelf);
                }
                """);

        assertOnlyError(compile(shelf(""), slot(), mapper), mapper,
                "[Transmute/Into] Shelf.slots (List<Slot>) holds entities that an update from ShelfMapper.ShelfEdit"
                        + ".content.slots (List<ShelfMapper.SlotEdit>) would have to match by id",
                "void update(ShelfEdit edit, @Into Shelf shelf);");
    }

    @Test
    @Reports(Message.JPA_SUPPORT_MISSING)
    void checkedReferencesNeedJpaSupportOnTheClasspath() throws Exception {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;
                import jakarta.persistence.EntityManager;

                public interface BookMapper {
                    record BookForm(String title, Long authorId) {}

                    @Converter
                    Book create(BookForm form, EntityManager entityManager);
                }
                """);
        // The user's class path without io.transmute:jpa-support.
        List<File> classpath = List.of(
                new File(Converter.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                new File(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()));

        Compilation compilation = Compiler.javac().withProcessors(new TransmuteProcessor())
                .withClasspath(classpath)
                .compile(book(), author(), mapper);

        TransmuteCompiler.assertNoCrash(compilation);
        assertOnlyError(compilation, mapper,
                "[Transmute/JpaSupport] create() needs io.transmute:jpa-support at compile time (for"
                        + " references to Author): add it as a dependency next to conversion-api",
                "Book create(BookForm form, EntityManager entityManager);");
    }

    private static final String LAZY_ENTITIES = """
            package p;

            import jakarta.persistence.*;

            public class Shelf {
                @Entity
                public static class Writer {
                    @Id private Long id;
                    private int born;
                    public Long getId() { return id; }
                    public int getBorn() { return born; }
                }

                @Entity
                public static class Novel {
                    @Id private Long id;
                    @Basic(fetch = FetchType.LAZY) private int pages;
                    @ManyToOne(fetch = FetchType.LAZY) private Writer writer;
                    public Long getId() { return id; }
                    public int getPages() { return pages; }
                    public Writer getWriter() { return writer; }
                }
            }
            """;

    @Test
    @Reports(Message.UNLOADED_INTO_PRIMITIVE)
    void skipCannotLeaveAPrimitiveEmptyThroughALazyAssociation() {
        JavaFileObject mapper = source("p.NovelMapper", """
                package p;

                import io.transmute.*;

                public interface NovelMapper {
                    record NovelView(Long id, Integer pages, int writerBorn) {}

                    @Converter(unloaded = Unloaded.SKIP)
                    @Link(from = "writer.born", to = "writerBorn")
                    NovelView view(Shelf.Novel novel);
                }
                """);

        assertOnlyError(compile(source("p.Shelf", LAZY_ENTITIES), mapper), mapper,
                "[Transmute/Unloaded] NovelMapper.NovelView.writerBorn (int) would be filled from"
                        + " Shelf.Novel.writer.born, which view() reads as null when the lazy Shelf.Novel.writer is"
                        + " not loaded (unloaded = Unloaded.SKIP), and a primitive cannot hold null. Declare it"
                        + " Integer to get null, choose Unloaded.LOAD or Unloaded.FAIL, or @Link(to ="
                        + " \"writerBorn\") to something else",
                "@Link(from = \"writer.born\", to = \"writerBorn\")");
    }

    @Test
    @Reports(Message.UNLOADED_INTO_PRIMITIVE)
    void skipCannotLeaveAPrimitiveEmptyFromALazyBasicAttribute() {
        JavaFileObject mapper = source("p.NovelMapper", """
                package p;

                import io.transmute.*;

                public interface NovelMapper {
                    record NovelView(Long id, int pages) {}

                    @Converter(unloaded = Unloaded.SKIP)
                    NovelView view(Shelf.Novel novel);
                }
                """);

        assertOnlyError(compile(source("p.Shelf", LAZY_ENTITIES), mapper), mapper,
                "[Transmute/Unloaded] NovelMapper.NovelView.pages (int) would be filled from Shelf.Novel.pages,"
                        + " which view() reads as null when the lazy Shelf.Novel.pages is not loaded",
                "NovelView view(Shelf.Novel novel);");
    }

    @Test
    void loadFailABoxOrAnUpdateSkippingNullsCanReadALazyAttributeIntoAPrimitive() {
        JavaFileObject mapper = source("p.NovelMapper", """
                package p;

                import io.transmute.*;

                public interface NovelMapper {
                    record NovelView(Long id, int pages, int writerBorn) {}
                    record BoxedView(Long id, Integer pages, Integer writerBorn) {}

                    class NovelEdit {
                        private int pages;
                        private int writerBorn;
                        public int getPages() { return pages; }
                        public void setPages(int pages) { this.pages = pages; }
                        public int getWriterBorn() { return writerBorn; }
                        public void setWriterBorn(int writerBorn) { this.writerBorn = writerBorn; }
                    }

                    @Converter
                    @Link(from = "writer.born", to = "writerBorn")
                    NovelView load(Shelf.Novel novel);

                    @Converter(unloaded = Unloaded.FAIL)
                    @Link(from = "writer.born", to = "writerBorn")
                    NovelView fail(Shelf.Novel novel);

                    @Converter(unloaded = Unloaded.SKIP)
                    @Link(from = "writer.born", to = "writerBorn")
                    BoxedView skip(Shelf.Novel novel);

                    @Converter(unloaded = Unloaded.SKIP, nulls = Nulls.SKIP)
                    @Link(from = "writer.born", to = "writerBorn")
                    void update(Shelf.Novel novel, @Into NovelEdit edit);
                }
                """);

        assertThat(compile(source("p.Shelf", LAZY_ENTITIES), mapper)).succeededWithoutWarnings();
    }
}

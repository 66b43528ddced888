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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Regressions of the JPA review: what compiles, and what is reported, around entity references and merges. */
class ErrorsJpaRegressionTest {

    private static JavaFileObject book() {
        return source("p.Book", """
                package p;

                import jakarta.persistence.*;

                @Entity
                public class Book {
                    @Id @GeneratedValue private Long id;
                    private String title;
                    @ManyToOne private Author author;

                    public Long getId() { return id; }
                    public String getTitle() { return title; }
                    public void setTitle(String title) { this.title = title; }
                    public Author getAuthor() { return author; }
                    public void setAuthor(Author author) { this.author = author; }
                }
                """);
    }

    private static JavaFileObject author() {
        return source("p.Author", """
                package p;

                import jakarta.persistence.*;

                @Entity
                public class Author {
                    @Id private Long id;
                    public Long getId() { return id; }
                }
                """);
    }

    /** The user's class path without io.transmute:jpa-support. */
    private static List<File> withoutJpaSupport() throws Exception {
        return List.of(
                new File(Converter.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                new File(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    /** Finding 12: unchecked references call jpa-support too, so they need it as much as checked ones. */
    @Test
    void uncheckedReferencesNeedJpaSupportOnTheClasspath() throws Exception {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;
                import jakarta.persistence.EntityManager;

                public interface BookMapper {
                    record BookForm(String title, Long authorId) {}

                    @Converter(references = References.UNCHECKED)
                    Book create(BookForm form, EntityManager entityManager);
                }
                """);

        Compilation compilation = Compiler.javac().withProcessors(new TransmuteProcessor())
                .withClasspath(withoutJpaSupport())
                .compile(book(), author(), mapper);

        TransmuteCompiler.assertNoCrash(compilation);
        assertOnlyError(compilation, mapper,
                "[Transmute/JpaSupport] create() needs io.transmute:jpa-support at compile time (for"
                        + " references to Author): add it as a dependency next to conversion-api",
                "Book create(BookForm form, EntityManager entityManager);");
    }

    @Test
    void uncheckedReferencesCompileWithJpaSupport() {
        JavaFileObject mapper = source("p.BookMapper", """
                package p;

                import io.transmute.*;
                import jakarta.persistence.EntityManager;

                public interface BookMapper {
                    record BookForm(String title, Long authorId) {}

                    @Converter(references = References.UNCHECKED)
                    Book create(BookForm form, EntityManager entityManager);
                }
                """);

        assertThat(compile(book(), author(), mapper)).succeededWithoutWarnings();
    }

    /**
     * Children whose @Id is a primitive {@code long} are merged too. The merge that keeps track of
     * unsaved children (finding 5) tests {@code note.getId() != null}, which does not compile for a
     * primitive id.
     */
    @Test
    void childrenWithAPrimitiveIdAreMerged() {
        JavaFileObject entities = source("p.Order", """
                package p;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity
                public class Order {
                    @Id @GeneratedValue private Long id;
                    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
                    private Set<Note> notes = new LinkedHashSet<>();
                    public Long getId() { return id; }
                    public Set<Note> getNotes() { return notes; }
                }
                """);
        JavaFileObject note = source("p.Note", """
                package p;

                import jakarta.persistence.*;

                @Entity
                public class Note {
                    @Id @GeneratedValue private long id;
                    @ManyToOne(fetch = FetchType.LAZY) private Order order;
                    private String text;
                    public long getId() { return id; }
                    public Order getOrder() { return order; }
                    public void setOrder(Order order) { this.order = order; }
                    public String getText() { return text; }
                    public void setText(String text) { this.text = text; }
                }
                """);
        JavaFileObject mapper = source("p.OrderMapper", """
                package p;

                import io.transmute.*;
                import java.util.List;

                public interface OrderMapper {
                    record NoteEdit(Long id, String text) {}
                    record OrderEdit(List<NoteEdit> notes) {}

                    @Converter
                    void update(OrderEdit edit, @Into Order order);
                }
                """);

        assertThat(compile(entities, note, mapper)).succeededWithoutWarnings();
    }
}

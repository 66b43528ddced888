package io.transmute.tests.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.jpa.UnknownEntityException;
import io.transmute.tests.jpa.BookWriteMapper.BookForm;
import io.transmute.tests.jpa.Bookstore.Author;
import io.transmute.tests.jpa.Bookstore.Book;
import io.transmute.tests.jpa.Bookstore.Tag;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ids in a form become entity references: checked in one query per type, or unchecked with none. */
class EntityReferencesTest {
    private static final BookWriteMapper MAPPER = Converters.get(BookWriteMapper.class);
    private static Database database;
    private static long authorId;
    private static long fantasyId;
    private static long classicId;

    @BeforeAll
    static void createAuthorAndTags() {
        database = new Database(Bookstore.ENTITIES);
        database.inTransaction(em -> {
            Author author = new Author("Terry Pratchett");
            Tag fantasy = new Tag("fantasy");
            Tag classic = new Tag("classic");
            em.persist(author);
            em.persist(fantasy);
            em.persist(classic);
            authorId = author.getId();
            fantasyId = fantasy.getId();
            classicId = classic.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static long books() {
        return database.fromTransaction(em -> em.createQuery("select count(b) from Book b", Long.class)
                .getSingleResult());
    }

    @Test
    void knownIdsBecomeEntitiesInOneQueryPerType() {
        BookForm form = new BookForm(null, "Mort", authorId, List.of(classicId, fantasyId));
        AtomicReference<Long> statements = new AtomicReference<>();

        long id = database.fromTransaction(em -> {
            AtomicReference<Book> book = new AtomicReference<>();
            statements.set(database.statementsOf(() -> book.set(MAPPER.create(form, em))));
            em.persist(book.get());
            return book.get().getId();
        });

        assertEquals(2, statements.get(), "one lookup for the author, one query for both tags");
        Book saved = database.fromTransaction(em -> {
            Book book = em.find(Book.class, id);
            Hibernate.initialize(book.getAuthor());
            Hibernate.initialize(book.getTags());
            return book;
        });
        assertEquals("Mort", saved.getTitle());
        assertEquals("Terry Pratchett", saved.getAuthor().getName());
        // A reloaded many-to-many set has no defined order.
        assertEquals(Set.of("classic", "fantasy"), Set.copyOf(saved.getTags().stream().map(Tag::getLabel).toList()));
    }

    @Test
    void theFormsIdNeverBecomesTheNewEntitysId() {
        Book book = database.fromTransaction(em -> MAPPER.create(new BookForm(4242L, "Eric", authorId, List.of()), em));

        assertNull(book.getId());
        assertEquals(0, book.getVersion());
    }

    @Test
    void anUnknownAuthorFailsBeforeAnythingIsWritten() {
        long before = books();

        UnknownEntityException error = assertThrows(UnknownEntityException.class, () -> database.inTransaction(em ->
                em.persist(MAPPER.create(new BookForm(null, "Ghost", 999_999L, List.of(fantasyId)), em))));

        assertEquals("No Author with id 999999 exists, for Bookstore.Book.author", error.getMessage());
        assertEquals(Author.class, error.entityType());
        assertEquals(before, books());
    }

    @Test
    void unknownTagsAreReportedTogether() {
        UnknownEntityException error = assertThrows(UnknownEntityException.class, () -> database.inTransaction(em ->
                MAPPER.create(new BookForm(null, "Ghost", authorId, List.of(fantasyId, 77_777L, 88_888L)), em)));

        assertEquals(List.of(77_777L, 88_888L), error.missingIds());
        assertEquals("No Tag with id [77777, 88888] exists, for Bookstore.Book.tags", error.getMessage());
    }

    @Test
    void uncheckedReferencesRunNoQuery() {
        BookForm form = new BookForm(null, "Small Gods", authorId, List.of(fantasyId));

        long statements = database.fromTransaction(em -> database.statementsOf(() -> {
            Book book = MAPPER.createUnchecked(form, em);
            assertFalse(Hibernate.isInitialized(book.getAuthor()));
            assertEquals(authorId, book.getAuthor().getId());
        }));

        assertEquals(0, statements);
    }
}

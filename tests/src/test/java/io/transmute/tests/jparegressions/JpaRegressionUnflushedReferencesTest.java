package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.transmute.Converters;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.Library.Tag;
import io.transmute.tests.jparegressions.LibraryWrites.BookForm;
import io.transmute.tests.jparegressions.LibraryWrites.BookEdit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 9: an entity persisted in the caller's persistence context but not yet flushed exists
 * for a checked reference (the check never flushes, so a query alone would not find it).
 */
class JpaRegressionUnflushedReferencesTest {
    private static final LibraryWrites MAPPER = Converters.get(LibraryWrites.class);
    private static Database database;
    private static long bookId;

    @BeforeAll
    static void createBook() {
        database = new Database(Library.ENTITIES);
        database.inTransaction(em -> {
            Author author = new Author("Terry Pratchett");
            em.persist(author);
            Book book = new Book("Mort", author);
            em.persist(book);
            bookId = book.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void aNewBookMayReferToATagPersistedButNotFlushed() {
        long newBookId = database.fromTransaction(em -> {
            Tag fresh = new Tag("fresh");
            em.persist(fresh);
            assertNotNull(fresh.getId());
            AtomicReference<Book> book = new AtomicReference<>();

            long statements = database.statementsOf(() -> book.set(MAPPER.create(
                    new BookForm("Eric", null, null, Set.of(fresh.getId()), List.of(), List.of()), em)));

            assertEquals(0, statements, "a managed tag needs no query, and nothing is flushed");
            assertSame(fresh, book.get().getTags().iterator().next());
            em.persist(book.get());
            return book.get().getId();
        });

        database.inTransaction(em -> assertEquals(List.of("fresh"),
                em.find(Book.class, newBookId).getTags().stream().map(Tag::getLabel).toList()));
    }

    @Test
    void anUpdateMayReferToAnAuthorPersistedButNotFlushed() {
        database.inTransaction(em -> {
            Author fresh = new Author("Neil Gaiman");
            em.persist(fresh);
            Book book = em.find(Book.class, bookId);

            MAPPER.update(new BookEdit("Good Omens", fresh.getId(), Set.of()), book, em);

            assertSame(fresh, book.getAuthor());
        });

        database.inTransaction(em -> assertEquals("Neil Gaiman", em.find(Book.class, bookId).getAuthor().getName()));
    }
}

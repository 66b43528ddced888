package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.Library.Category;
import io.transmute.tests.jparegressions.LibraryReads.BookRef;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 10: {@code @Link(from = "author.id", to = "writerId")} reads the id of the lazy author
 * without loading it, as the implicit {@code authorId} does: under SKIP and FAIL, on a detached book,
 * both ids are filled, with no query and no exception.
 */
class JpaRegressionLinkedIdsTest {
    private static final LibraryReads MAPPER = Converters.get(LibraryReads.class);
    private static Database database;
    private static long bookId;
    private static long authorId;
    private static long categoryId;
    private static long anonymousBookId;

    @BeforeAll
    static void createBook() {
        database = new Database(Library.ENTITIES);
        database.inTransaction(em -> {
            Author author = new Author("Terry Pratchett");
            Category category = new Category("fantasy");
            em.persist(author);
            em.persist(category);
            Book book = new Book("Mort", author);
            book.setCategory(category);
            em.persist(book);
            bookId = book.getId();
            authorId = author.getId();
            categoryId = category.getId();
            Book anonymous = new Book("Anonymous", null);
            em.persist(anonymous);
            anonymousBookId = anonymous.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** Found by id and detached: its author and category are uninitialised proxies. */
    private static Book detachedBook() {
        return database.fromTransaction(em -> em.find(Book.class, bookId));
    }

    @Test
    void skipFillsBothIdsOfADetachedBook() {
        Book book = detachedBook();
        AtomicReference<BookRef> ref = new AtomicReference<>();

        long statements = database.statementsOf(() -> ref.set(MAPPER.skip(book)));

        assertEquals(new BookRef("Mort", authorId, authorId, categoryId), ref.get());
        assertEquals(0, statements);
    }

    @Test
    void failFillsBothIdsOfADetachedBook() {
        Book book = detachedBook();
        AtomicReference<BookRef> ref = new AtomicReference<>();

        long statements = database.statementsOf(() -> ref.set(MAPPER.fail(book)));

        assertEquals(new BookRef("Mort", authorId, authorId, categoryId), ref.get());
        assertEquals(0, statements);
    }

    @Test
    void aBookWithoutAnAuthorHasNoAuthorIds() {
        Book book = database.fromTransaction(em -> em.find(Book.class, anonymousBookId));

        assertEquals(new BookRef("Anonymous", null, null, null), MAPPER.skip(book));
        assertEquals(new BookRef("Anonymous", null, null, null), MAPPER.fail(book));
    }
}

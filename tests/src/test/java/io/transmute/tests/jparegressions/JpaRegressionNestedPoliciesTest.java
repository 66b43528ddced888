package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import io.transmute.jpa.UnknownEntityException;
import io.transmute.jpa.UnloadedAttributeException;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.NestedPolicies.AuthorDto;
import io.transmute.tests.jparegressions.NestedPolicies.BookDto;
import io.transmute.tests.jparegressions.NestedPolicies.BookForm;
import io.transmute.tests.jparegressions.NestedPolicies.BookSummary;
import io.transmute.tests.jparegressions.NestedPolicies.ChapterForm;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 2: nested helpers are split by unloaded policy (and by method under FAIL) and by
 * reference policy, in either declaration order.
 */
class JpaRegressionNestedPoliciesTest {
    private static final NestedPolicies.LoadFirst LOAD_FIRST = Converters.get(NestedPolicies.LoadFirst.class);
    private static final NestedPolicies.LoadLast LOAD_LAST = Converters.get(NestedPolicies.LoadLast.class);
    private static final NestedPolicies.UncheckedFirst UNCHECKED_FIRST =
            Converters.get(NestedPolicies.UncheckedFirst.class);
    private static final NestedPolicies.CheckedFirst CHECKED_FIRST = Converters.get(NestedPolicies.CheckedFirst.class);
    private static final long UNKNOWN_ID = 987_654L;

    private static Database database;
    private static long bookId;
    private static long authorId;

    @BeforeAll
    static void createLibrary() {
        database = new Database(Library.ENTITIES);
        database.inTransaction(em -> {
            Author author = new Author("Terry Pratchett");
            author.getNicknames().add("PTerry");
            em.persist(author);
            Book book = new Book("Mort", author);
            book.addChapter("one");
            em.persist(book);
            author.getBooks().add(book);
            bookId = book.getId();
            authorId = author.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** The book with its author fetched; the author's books and nicknames are not loaded. */
    private static Book bookWithAuthor(EntityManager em) {
        return em.createQuery("select b from RegBook b join fetch b.author where b.id = :id", Book.class)
                .setParameter("id", bookId).getSingleResult();
    }

    private static void skipRunsNoQueryOnTheNestedAuthor(Function<Book, BookDto> skip) {
        AtomicReference<BookDto> dto = new AtomicReference<>();
        long statements = database.fromTransaction(em -> {
            Book book = bookWithAuthor(em);
            return database.statementsOf(() -> dto.set(skip.apply(book)));
        });

        assertEquals(new BookDto("Mort", new AuthorDto("Terry Pratchett", Set.of(), List.of())), dto.get());
        assertEquals(0, statements);
    }

    private static void failThrowsNamingItsOwnMethod(Function<Book, BookDto> fail, String method, String other) {
        UnloadedAttributeException e = database.fromTransaction(em -> {
            Book book = bookWithAuthor(em);
            return assertThrows(UnloadedAttributeException.class, () -> fail.apply(book));
        });

        assertTrue(e.getMessage().contains(method), e.getMessage());
        assertFalse(e.getMessage().contains(other), e.getMessage());
    }

    private static void loadReadsTheNestedCollections(Function<Book, BookDto> load) {
        AtomicReference<BookDto> dto = new AtomicReference<>();
        long statements = database.fromTransaction(em -> {
            Book book = bookWithAuthor(em);
            return database.statementsOf(() -> dto.set(load.apply(book)));
        });

        assertEquals(new BookDto("Mort", new AuthorDto("Terry Pratchett", Set.of("PTerry"),
                List.of(new BookSummary(bookId, "Mort")))), dto.get());
        assertEquals(2, statements, "the author's books and nicknames");
    }

    @Test
    void skipRunsNoQueryWhenLoadIsDeclaredFirst() {
        skipRunsNoQueryOnTheNestedAuthor(LOAD_FIRST::deepSkip);
    }

    @Test
    void skipRunsNoQueryWhenLoadIsDeclaredLast() {
        skipRunsNoQueryOnTheNestedAuthor(LOAD_LAST::deepSkip);
    }

    @Test
    void failThrowsWhenLoadIsDeclaredFirst() {
        failThrowsNamingItsOwnMethod(LOAD_FIRST::deepFail, "LoadFirst.deepFail()", "otherFail");
        failThrowsNamingItsOwnMethod(LOAD_FIRST::otherFail, "LoadFirst.otherFail()", "deepFail");
    }

    @Test
    void failThrowsWhenLoadIsDeclaredLast() {
        failThrowsNamingItsOwnMethod(LOAD_LAST::deepFail, "LoadLast.deepFail()", "otherFail");
        failThrowsNamingItsOwnMethod(LOAD_LAST::otherFail, "LoadLast.otherFail()", "deepFail");
    }

    @Test
    void loadStillLoadsInEitherOrder() {
        loadReadsTheNestedCollections(LOAD_FIRST::deepLoad);
        loadReadsTheNestedCollections(LOAD_LAST::deepLoad);
    }

    private static BookForm formWithReviewer(long reviewerId) {
        return new BookForm("Eric", List.of(new ChapterForm("one", reviewerId)));
    }

    private static void uncheckedRunsNoQueryAndNeverThrows(BiFunction<BookForm, EntityManager, Book> unchecked) {
        database.inTransaction(em -> {
            AtomicReference<Book> book = new AtomicReference<>();
            long statements = database.statementsOf(() -> assertDoesNotThrow(
                    () -> book.set(unchecked.apply(formWithReviewer(UNKNOWN_ID), em))));

            assertEquals(0, statements);
            assertEquals(UNKNOWN_ID, book.get().getChapters().get(0).getReviewer().getId());
        });
    }

    private static void checkedChecks(BiFunction<BookForm, EntityManager, Book> checked) {
        database.inTransaction(em -> {
            AtomicReference<Book> book = new AtomicReference<>();
            long statements = database.statementsOf(() -> book.set(checked.apply(formWithReviewer(authorId), em)));

            assertEquals(1, statements, "one query for the reviewers");
            assertNotNull(book.get().getChapters().get(0).getReviewer());
            assertEquals(authorId, book.get().getChapters().get(0).getReviewer().getId());

            UnknownEntityException e = assertThrows(UnknownEntityException.class,
                    () -> checked.apply(formWithReviewer(UNKNOWN_ID), em));
            assertEquals(List.of(UNKNOWN_ID), e.missingIds());
        });
    }

    @Test
    void uncheckedDeclaredFirstRunsNoQuery() {
        uncheckedRunsNoQueryAndNeverThrows(UNCHECKED_FIRST::createUnchecked);
    }

    @Test
    void uncheckedDeclaredLastRunsNoQuery() {
        uncheckedRunsNoQueryAndNeverThrows(CHECKED_FIRST::createUnchecked);
    }

    @Test
    void checkedDeclaredLastChecks() {
        checkedChecks(UNCHECKED_FIRST::createChecked);
    }

    @Test
    void checkedDeclaredFirstChecks() {
        checkedChecks(CHECKED_FIRST::createChecked);
    }
}

package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.PolicyReuse.AuthorDto;
import io.transmute.tests.jparegressions.PolicyReuse.BookDto;
import io.transmute.tests.jparegressions.PolicyReuse.BookSummary;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding 3: the nested author is converted under the book converter's own policy. */
class JpaRegressionPolicyReuseTest {
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
            em.persist(book);
            bookId = book.getId();
            authorId = author.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static Book bookWithAuthor(EntityManager em) {
        return em.createQuery("select b from RegBook b join fetch b.author where b.id = :id", Book.class)
                .setParameter("id", bookId).getSingleResult();
    }

    @Test
    void aSkipBookConverterDoesNotReuseTheLoadAuthorConverter() {
        PolicyReuse.LoadAuthorSkipBook mapper = Converters.get(PolicyReuse.LoadAuthorSkipBook.class);
        AtomicReference<BookDto> dto = new AtomicReference<>();

        long statements = database.fromTransaction(em -> {
            Book book = bookWithAuthor(em);
            return database.statementsOf(() -> dto.set(mapper.skip(book)));
        });

        assertEquals(0, statements, "the author's lazy books and nicknames are skipped");
        assertEquals(new BookDto("Mort", new AuthorDto("Terry Pratchett", Set.of(), List.of())), dto.get());
    }

    @Test
    void theLoadAuthorConverterStillLoads() {
        PolicyReuse.LoadAuthorSkipBook mapper = Converters.get(PolicyReuse.LoadAuthorSkipBook.class);
        AtomicReference<AuthorDto> dto = new AtomicReference<>();

        long statements = database.fromTransaction(em -> {
            Author author = em.find(Author.class, authorId);
            return database.statementsOf(() -> dto.set(mapper.author(author)));
        });

        assertEquals(2, statements);
        assertEquals(new AuthorDto("Terry Pratchett", Set.of("PTerry"), List.of(new BookSummary(bookId, "Mort"))),
                dto.get());
    }

    @Test
    void aLoadBookConverterDoesNotReuseTheSkipAuthorConverter() {
        PolicyReuse.SkipAuthorLoadBook mapper = Converters.get(PolicyReuse.SkipAuthorLoadBook.class);
        AtomicReference<BookDto> dto = new AtomicReference<>();

        long statements = database.fromTransaction(em -> {
            Book book = bookWithAuthor(em);
            return database.statementsOf(() -> dto.set(mapper.load(book)));
        });

        assertEquals(2, statements, "the author's books and nicknames are loaded");
        assertEquals(new BookDto("Mort", new AuthorDto("Terry Pratchett", Set.of("PTerry"),
                List.of(new BookSummary(bookId, "Mort")))), dto.get());
    }
}

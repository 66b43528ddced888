package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.jpa.UnknownEntityException;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.Library.Tag;
import io.transmute.tests.jparegressions.ParameterNames.Form;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding 11: converters whose parameters are named referenceCheck, referenceCheck2 and result compile and work. */
class JpaRegressionParameterNamesTest {
    private static final ParameterNames MAPPER = Converters.get(ParameterNames.class);
    private static final long UNKNOWN_ID = 555_555L;
    private Database database;
    private long bookId;
    private long pratchettId;
    private long gaimanId;
    private long tagId;

    @BeforeEach
    void createBook() {
        database = new Database(Library.ENTITIES);
        database.inTransaction(em -> {
            Author pratchett = new Author("Terry Pratchett");
            Author gaiman = new Author("Neil Gaiman");
            Tag tag = new Tag("fantasy");
            List.of(pratchett, gaiman, tag).forEach(em::persist);
            Book book = new Book("Mort", pratchett);
            em.persist(book);
            bookId = book.getId();
            pratchettId = pratchett.getId();
            gaimanId = gaiman.getId();
            tagId = tag.getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aSourceNamedResultAndAnEntityManagerNamedReferenceCheck() {
        database.inTransaction(em -> {
            Book book = MAPPER.create(new Form("Eric", gaimanId, Set.of(tagId)), em);

            assertEquals("Eric", book.getTitle());
            assertEquals(gaimanId, book.getAuthor().getId());
            assertEquals(List.of(tagId), book.getTags().stream().map(Tag::getId).toList());
            assertThrows(UnknownEntityException.class, () -> MAPPER.create(new Form("Eric", UNKNOWN_ID, Set.of()), em));
        });
    }

    @Test
    void aSourceNamedReferenceCheckAndATargetNamedResult() {
        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            Session session = em.unwrap(Session.class);

            MAPPER.update(new Form("Eric", gaimanId, Set.of(tagId)), book, session);

            assertEquals("Eric", book.getTitle());
            assertEquals(gaimanId, book.getAuthor().getId());
            assertThrows(UnknownEntityException.class,
                    () -> MAPPER.update(new Form("Sourcery", UNKNOWN_ID, Set.of()), book, session));
            assertEquals("Eric", book.getTitle());
        });
    }

    @Test
    void aSourceNamedReferenceCheck2AndAnEntityManagerNamedReferenceCheck() {
        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);

            assertSame(book, MAPPER.patch(new Form(null, gaimanId, null), book, em));

            assertEquals("Mort", book.getTitle());
            assertEquals(gaimanId, book.getAuthor().getId());
            assertThrows(UnknownEntityException.class,
                    () -> MAPPER.patch(new Form("Sourcery", UNKNOWN_ID, null), book, em));
            assertEquals("Mort", book.getTitle());
        });
    }

    @Test
    void anExtraParameterNamedResult() {
        database.inTransaction(em -> {
            Book book = MAPPER.other(new Form("Eric", pratchettId, Set.of()), em.unwrap(Session.class), 42);

            assertEquals("Eric", book.getTitle());
            assertEquals(pratchettId, book.getAuthor().getId());
        });
    }
}

package io.transmute.tests.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import io.transmute.jpa.UnloadedAttributeException;
import io.transmute.tests.jpa.Bookstore.Author;
import io.transmute.tests.jpa.Bookstore.Book;
import io.transmute.tests.jpa.Bookstore.Isbn;
import io.transmute.tests.jpa.Bookstore.Tag;
import io.transmute.tests.jpa.BookViews.AuthorDto;
import io.transmute.tests.jpa.BookViews.BookDto;
import io.transmute.tests.jpa.BookViews.IsbnDto;
import io.transmute.tests.jpa.BookViews.ReviewDto;
import io.transmute.tests.jpa.BookViews.TagDto;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.Hibernate;
import org.hibernate.LazyInitializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Unloaded.LOAD, SKIP and FAIL on a real Hibernate session, with the SQL statements counted. */
class UnloadedPoliciesTest {
    private static final BookReadMapper MAPPER = Converters.get(BookReadMapper.class);
    private static Database database;
    private static long bookId;
    private static long authorId;

    @BeforeAll
    static void createBookstore() {
        database = new Database(Bookstore.ENTITIES);
        Book saved = database.fromTransaction(em -> {
            Author author = new Author("Ray Bradbury");
            em.persist(author);
            Tag classic = new Tag("classic");
            Tag dystopia = new Tag("dystopia");
            em.persist(classic);
            em.persist(dystopia);
            Book book = new Book("Fahrenheit 451", new Isbn("978", "0743247221"), author);
            book.getTags().add(classic);
            book.getTags().add(dystopia);
            book.addReview("ann", 5);
            book.addReview("bob", 4);
            em.persist(book);
            return book;
        });
        bookId = saved.getId();
        authorId = saved.getAuthor().getId();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static BookDto fullDto() {
        return new BookDto(bookId, "Fahrenheit 451", new IsbnDto("978", "0743247221"),
                new AuthorDto(authorId, "Ray Bradbury"),
                List.of(new ReviewDto("ann", 5), new ReviewDto("bob", 4)),
                Set.of(new TagDto("classic"), new TagDto("dystopia")));
    }

    /** A book loaded by id, with its lazy author, reviews and tags not loaded, outside its session. */
    private static Book detachedBook() {
        return database.fromTransaction(em -> em.find(Book.class, bookId));
    }

    @Test
    void loadReadsLazyAssociationsInsideTheSessionLikeHandWrittenCode() {
        AtomicReference<BookDto> dto = new AtomicReference<>();
        long statements = database.fromTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            return database.statementsOf(() -> dto.set(MAPPER.load(book)));
        });

        assertEquals(fullDto(), dto.get());
        assertEquals(3, statements, "author, reviews and tags are each loaded once");
    }

    @Test
    void loadOnADetachedEntityFailsAsHandWrittenCodeWould() {
        Book book = detachedBook();

        assertThrows(LazyInitializationException.class, () -> MAPPER.load(book));
    }

    @Test
    void skipLeavesUnloadedAssociationsEmptyAndRunsNoQuery() {
        Book book = detachedBook();
        AtomicReference<BookDto> dto = new AtomicReference<>();

        long statements = database.statementsOf(() -> dto.set(MAPPER.skip(book)));

        assertEquals(new BookDto(bookId, "Fahrenheit 451", new IsbnDto("978", "0743247221"), null, List.of(),
                Set.of()), dto.get());
        assertEquals(0, statements);
    }

    @Test
    void skipInsideTheSessionRunsNoQueryEither() {
        long statements = database.fromTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            return database.statementsOf(() -> {
                BookDto dto = MAPPER.skip(book);
                assertNull(dto.author());
                assertTrue(dto.reviews().isEmpty());
            });
        });

        assertEquals(0, statements);
    }

    /** The book with everything fetched, as a careful query would (two joins of bags would multiply rows). */
    private static Book fetchedBook() {
        return database.fromTransaction(em -> {
            Book book = em.createQuery("select b from Book b join fetch b.author join fetch b.tags where b.id = :id",
                            Book.class)
                    .setParameter("id", bookId)
                    .getSingleResult();
            Hibernate.initialize(book.getReviews());
            return book;
        });
    }

    /**
     * A book read through an initialised proxy: the checks pass through the proxy to the book's
     * own author proxy and collections, which stay unloaded, and load nothing.
     */
    @Test
    void skipSeesThroughAnInitialisedProxyAndLoadsNothingElse() {
        AtomicReference<BookDto> dto = new AtomicReference<>();
        long statements = database.fromTransaction(em -> {
            Book proxy = em.getReference(Book.class, bookId);
            Hibernate.initialize(proxy);
            assertTrue(proxy instanceof org.hibernate.proxy.HibernateProxy, "the test needs a proxy");
            return database.statementsOf(() -> dto.set(MAPPER.skip(proxy)));
        });

        assertEquals(new BookDto(bookId, "Fahrenheit 451", new IsbnDto("978", "0743247221"), null, List.of(),
                Set.of()), dto.get());
        assertEquals(0, statements);
    }

    /** An uninitialised proxy: nothing of it is loaded, so FAIL names its first lazy association. */
    @Test
    void failOnAnUninitialisedProxyNamesTheAssociation() {
        UnloadedAttributeException thrown = database.fromTransaction(em -> {
            Book proxy = em.getReference(Book.class, bookId);
            assertTrue(!Hibernate.isInitialized(proxy), "the test needs an uninitialised proxy");
            return assertThrows(UnloadedAttributeException.class, () -> MAPPER.fail(proxy));
        });

        assertTrue(thrown.getMessage().startsWith("Bookstore.Book.author is not loaded"), thrown.getMessage());
    }

    @Test
    void skipConvertsWhatWasFetched() {
        assertEquals(fullDto(), MAPPER.skip(fetchedBook()));
    }

    @Test
    void failNamesTheEntityThePropertyAndThePolicy() {
        Book book = detachedBook();

        UnloadedAttributeException error = assertThrows(UnloadedAttributeException.class, () -> MAPPER.fail(book));

        assertEquals("Bookstore.Book.author is not loaded, and BookReadMapper.fail() is declared"
                + " @Converter(unloaded = Unloaded.FAIL). Fetch it with the entity (a join fetch or an entity"
                + " graph), or choose Unloaded.LOAD to read it or Unloaded.SKIP to leave it empty", error.getMessage());
        assertEquals("Bookstore.Book", error.entity());
        assertEquals("author", error.attribute());
    }

    @Test
    void failConvertsFetchedEntitiesWithoutAnyQuery() {
        Book book = fetchedBook();
        AtomicReference<BookDto> dto = new AtomicReference<>();

        long statements = database.statementsOf(() -> dto.set(MAPPER.fail(book)));

        assertEquals(fullDto(), dto.get());
        assertEquals(0, statements);
    }
}

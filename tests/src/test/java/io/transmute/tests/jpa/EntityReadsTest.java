package io.transmute.tests.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.tests.jpa.BookRefMapper.BookPrimitiveRef;
import io.transmute.tests.jpa.BookRefMapper.BookRef;
import io.transmute.tests.jpa.BookRefMapper.BookTagIds;
import io.transmute.tests.jpa.Bookstore.Author;
import io.transmute.tests.jpa.Bookstore.Book;
import io.transmute.tests.jpa.Bookstore.Isbn;
import io.transmute.tests.jpa.Bookstore.Tag;
import io.transmute.tests.jpa.BookViews.BookDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Id flattening from proxies, and whole lists of entities converted without N+1 queries. */
class EntityReadsTest {
    private static final BookRefMapper MAPPER = Converters.get(BookRefMapper.class);
    private static final int BOOKS = 100;
    private static Database database;
    private static long firstBookId;
    private static long authorId;
    private static Set<Long> tagIds;

    @BeforeAll
    static void createBooks() {
        database = new Database(Bookstore.ENTITIES);
        List<Book> books = database.fromTransaction(em -> {
            Author author = new Author("Ursula K. Le Guin");
            em.persist(author);
            Tag fantasy = new Tag("fantasy");
            Tag classic = new Tag("classic");
            em.persist(fantasy);
            em.persist(classic);
            List<Book> created = new ArrayList<>();
            for (int i = 0; i < BOOKS; i++) {
                Book book = new Book("Book " + i, new Isbn("978", String.valueOf(i)), author);
                book.getTags().add(fantasy);
                book.getTags().add(classic);
                book.addReview("reader" + i, 1 + i % 5);
                em.persist(book);
                created.add(book);
            }
            return created;
        });
        firstBookId = books.get(0).getId();
        authorId = books.get(0).getAuthor().getId();
        tagIds = Set.of(books.get(0).getTags().stream().map(Tag::getId).toArray(Long[]::new));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void authorIdComesFromTheProxyWithoutLoadingIt() {
        AtomicReference<BookRef> ref = new AtomicReference<>();
        long statements = database.fromTransaction(em -> {
            Book book = em.find(Book.class, firstBookId);
            return database.statementsOf(() -> ref.set(MAPPER.ref(book)));
        });

        assertEquals(new BookRef(firstBookId, "Book 0", authorId), ref.get());
        assertEquals(0, statements);
    }

    @Test
    void authorIdOfADetachedProxyNeedsNoSession() {
        Book book = database.fromTransaction(em -> em.find(Book.class, firstBookId));
        assertFalse(Hibernate.isInitialized(book.getAuthor()));

        assertEquals(new BookRef(firstBookId, "Book 0", authorId), MAPPER.ref(book));
        assertEquals(new BookRef(firstBookId, "Book 0", authorId), MAPPER.refSkipping(book));
        assertEquals(new BookPrimitiveRef(firstBookId, authorId), MAPPER.primitiveRef(book));
        assertFalse(Hibernate.isInitialized(book.getAuthor()));
    }

    @Test
    void tagIdsReadTheCollectionOnce() {
        AtomicReference<BookTagIds> ids = new AtomicReference<>();
        long statements = database.fromTransaction(em -> {
            Book book = em.find(Book.class, firstBookId);
            return database.statementsOf(() -> ids.set(MAPPER.tagIds(book)));
        });

        assertEquals(new BookTagIds(firstBookId, tagIds), ids.get());
        assertEquals(1, statements, "the tags of the book, in one query");
    }

    @Test
    void aNullAuthorGivesANullIdOrAClearErrorForAPrimitive() {
        Book orphan = new Book("Anonymous", new Isbn("978", "0"), null);

        assertEquals(new BookRef(null, "Anonymous", null), MAPPER.ref(orphan));
        NullPointerException error = assertThrows(NullPointerException.class, () -> MAPPER.primitiveRef(orphan));
        assertEquals("Bookstore.Book.id is null, but BookRefMapper.BookPrimitiveRef.id is a primitive long",
                error.getMessage());
    }

    @Test
    void hundredBooksWithSkipRunNoExtraStatement() {
        AtomicReference<List<BookDto>> dtos = new AtomicReference<>();
        long statements = database.fromTransaction(em -> {
            List<Book> books = em.createQuery("select b from Book b order by b.id", Book.class).getResultList();
            return database.statementsOf(() -> dtos.set(MAPPER.summaries(books)));
        });

        assertEquals(BOOKS, dtos.get().size());
        assertEquals("Book 7", dtos.get().get(7).title());
        assertEquals(0, statements);
    }

    @Test
    void hundredBooksFetchedWithTheirAssociationsTakeOneStatementInAll() {
        AtomicReference<List<BookDto>> dtos = new AtomicReference<>();
        long statements = database.fromTransaction(em -> database.statementsOf(() -> {
            List<Book> books = em.createQuery("select distinct b from Book b join fetch b.author"
                    + " join fetch b.reviews order by b.id", Book.class).getResultList();
            dtos.set(MAPPER.summaries(books));
        }));

        assertEquals(1, statements, "the fetch-joined query, and nothing for the conversion");
        assertEquals(BOOKS, dtos.get().size());
        BookDto seventh = dtos.get().get(7);
        assertEquals("Ursula K. Le Guin", seventh.author().name());
        assertEquals("reader7", seventh.reviews().get(0).reviewer());
        assertEquals(Set.of(), seventh.tags(), "tags were not fetched, so SKIP leaves them empty");
        assertInstanceOf(BookDto.class, seventh);
    }
}

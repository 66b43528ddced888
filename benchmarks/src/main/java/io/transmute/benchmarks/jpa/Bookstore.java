package io.transmute.benchmarks.jpa;

import io.transmute.benchmarks.jpa.entity.Author;
import io.transmute.benchmarks.jpa.entity.Book;
import io.transmute.benchmarks.jpa.entity.Review;
import io.transmute.benchmarks.jpa.entity.Tag;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * A real Hibernate ORM 7 session factory on an in-memory H2 database, seeded with books: each
 * has one of 100 authors, 0 to 3 reviews and 2 of 10 tags. All associations are lazy.
 */
public final class Bookstore implements AutoCloseable {
    /** The query that loads the books and nothing else. */
    private static final String PLAIN_QUERY = "select b from Book b order by b.id";
    /** The books with their authors and tags (a set: no duplicate rows for the reviews bag). */
    private static final String FETCH_QUERY = "select b from Book b join fetch b.author"
            + " left join fetch b.tags order by b.id";
    /** Then the reviews of the same books, into the same persistence context. */
    private static final String FETCH_REVIEWS_QUERY = "select distinct b from Book b"
            + " left join fetch b.reviews where b in :books";

    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static {
        // Hibernate logs through jboss-logging: to java.util.logging here, warnings only.
        System.setProperty("org.jboss.logging.provider", "jdk");
        HIBERNATE_LOG.setLevel(Level.WARNING);
    }

    private final JdbcConnectionPool pool;
    private final SessionFactory sessionFactory;

    private Bookstore(JdbcConnectionPool pool, SessionFactory sessionFactory) {
        this.pool = pool;
        this.sessionFactory = sessionFactory;
    }

    /**
     * A fresh database with {@code books} books. With {@code statistics}, Hibernate counts the
     * statements it prepares (kept off while timing).
     */
    public static Bookstore open(int books, boolean statistics) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                "jdbc:h2:mem:bookstore" + DATABASES.incrementAndGet(), "sa", "");
        SessionFactory sessionFactory = new HibernatePersistenceConfiguration("bookstore")
                .managedClasses(Author.class, Book.class, Review.class, Tag.class)
                .property(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .property("hibernate.jdbc.batch_size", 50)
                .schemaToolingAction(Action.CREATE_DROP)
                .collectStatistics(statistics)
                .createEntityManagerFactory();
        Bookstore bookstore = new Bookstore(pool, sessionFactory);
        bookstore.seed(books);
        return bookstore;
    }

    private void seed(int books) {
        sessionFactory.inTransaction(session -> {
            List<Author> authors = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Author author = new Author("Author " + i);
                session.persist(author);
                authors.add(author);
            }
            List<Tag> tags = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Tag tag = new Tag("tag " + i);
                session.persist(tag);
                tags.add(tag);
            }
            for (int i = 0; i < books; i++) {
                Book book = new Book("Book " + i, "978-" + (1_000_000_000L + i), authors.get(i % authors.size()));
                for (int r = 0; r < i % 4; r++) {
                    book.addReview("reader " + r, 1 + (i + r) % 5, "Review " + r + " of book " + i);
                }
                book.getTags().add(tags.get(i % tags.size()));
                book.getTags().add(tags.get((i + 3) % tags.size()));
                session.persist(book);
            }
        });
    }

    public EntityManagerFactory entityManagerFactory() {
        return sessionFactory;
    }

    /** Statements prepared since the last call (needs {@code statistics}). */
    public long takeStatementCount() {
        long count = sessionFactory.getStatistics().getPrepareStatementCount();
        sessionFactory.getStatistics().clear();
        return count;
    }

    /** All books, from a plain query: their associations are not loaded. */
    public static List<Book> books(EntityManager entityManager) {
        return entityManager.createQuery(PLAIN_QUERY, Book.class).getResultList();
    }

    /**
     * All books with everything the DTOs need, as a careful engineer fetches them: two queries
     * (fetching both collections in one would multiply the rows and duplicate the reviews).
     */
    public static List<Book> fetchedBooks(EntityManager entityManager) {
        List<Book> books = entityManager.createQuery(FETCH_QUERY, Book.class).getResultList();
        entityManager.createQuery(FETCH_REVIEWS_QUERY, Book.class).setParameter("books", books).getResultList();
        return books;
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            pool.dispose();
        }
    }
}

package io.transmute.benchmarks.jpa;

import io.transmute.benchmarks.jpa.dto.BookDto;
import io.transmute.benchmarks.jpa.entity.Book;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1,000 {@code Book} entities (author, reviews, tags) to DTOs on a real Hibernate 7 session on H2,
 * converted by hand-written code, MapStruct's generated mapper and Transmute under each unloaded
 * policy. One operation converts all 1,000 books:
 *
 * <ul>
 *   <li>{@code jpaLazy_*}: a new session, the books from a plain query (associations not loaded),
 *       converted. Reading the associations runs the N+1 queries; Transmute's SKIP runs none and
 *       leaves them empty.</li>
 *   <li>{@code jpaFetched_*}: a new session, the books with their author and tags from one
 *       join-fetch query and their reviews from a second, converted: no further query. Transmute's FAIL checks that everything is loaded.</li>
 *   <li>{@code jpaLoaded_*}: the conversion alone, of 1,000 loaded managed books in an open
 *       session: what each mapper costs per entity, checks of what is loaded included.</li>
 * </ul>
 *
 * Statements per operation are counted (untimed) by {@link JpaStatements}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JpaBenchmark {
    /** How many books one operation converts. */
    public static final int BOOKS = 1_000;

    private int books;
    private Bookstore bookstore;
    private HandwrittenBookMapper handwritten;
    private MapStructBookMapper mapStruct;
    private TransmuteBookConverter transmute;
    private EntityManager loadedSession;
    private List<Book> loadedBooks;

    @Setup(Level.Trial)
    public void setUp() {
        setUp(BOOKS, false);
    }

    /** Opens a database of {@code books} books; {@code statistics} counts statements (for {@link JpaStatements}). */
    void setUp(int books, boolean statistics) {
        this.books = books;
        bookstore = Bookstore.open(books, statistics);
        handwritten = new HandwrittenBookMapper();
        mapStruct = new MapStructBookMapperImpl();
        transmute = new TransmuteBookConverterImpl();
        // For the jpaLoaded_* benchmarks: the books loaded with everything, in a session kept open
        // (opened once, so that no benchmark pays for it in its iterations).
        loadedSession = bookstore.entityManagerFactory().createEntityManager();
        loadedBooks = Bookstore.fetchedBooks(loadedSession);
        if (loadedBooks.size() != books) {
            throw new IllegalStateException(loadedBooks.size() + " books instead of " + books);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            loadedSession.close();
        } finally {
            bookstore.close();
        }
    }

    Bookstore bookstore() {
        return bookstore;
    }

    /** A new session: the books {@code query} reads, converted by {@code converter}. */
    private List<BookDto> inSession(Function<EntityManager, List<Book>> query,
            Function<List<Book>, List<BookDto>> converter) {
        EntityManager entityManager = bookstore.entityManagerFactory().createEntityManager();
        try {
            entityManager.getTransaction().begin();
            List<BookDto> dtos = converter.apply(query.apply(entityManager));
            entityManager.getTransaction().commit();
            return dtos;
        } finally {
            entityManager.close();
        }
    }

    @Benchmark
    public List<BookDto> jpaLazy_handwritten() {
        return inSession(Bookstore::books, handwritten::toDtos);
    }

    @Benchmark
    public List<BookDto> jpaLazy_mapstruct() {
        return inSession(Bookstore::books, mapStruct::toDtos);
    }

    @Benchmark
    public List<BookDto> jpaLazy_transmute() {
        return inSession(Bookstore::books, transmute::toDtos);
    }

    @Benchmark
    public List<BookDto> jpaLazy_transmuteSkip() {
        return inSession(Bookstore::books, transmute::toDtosSkippingUnloaded);
    }

    @Benchmark
    public List<BookDto> jpaFetched_handwritten() {
        return inSession(Bookstore::fetchedBooks, handwritten::toDtos);
    }

    @Benchmark
    public List<BookDto> jpaFetched_mapstruct() {
        return inSession(Bookstore::fetchedBooks, mapStruct::toDtos);
    }

    @Benchmark
    public List<BookDto> jpaFetched_transmute() {
        return inSession(Bookstore::fetchedBooks, transmute::toDtos);
    }

    @Benchmark
    public List<BookDto> jpaFetched_transmuteFail() {
        return inSession(Bookstore::fetchedBooks, transmute::toDtosFailingOnUnloaded);
    }

    @Benchmark
    public List<BookDto> jpaLoaded_handwritten() {
        return handwritten.toDtos(loadedBooks);
    }

    @Benchmark
    public List<BookDto> jpaLoaded_mapstruct() {
        return mapStruct.toDtos(loadedBooks);
    }

    @Benchmark
    public List<BookDto> jpaLoaded_transmute() {
        return transmute.toDtos(loadedBooks);
    }

    @Benchmark
    public List<BookDto> jpaLoaded_transmuteSkip() {
        return transmute.toDtosSkippingUnloaded(loadedBooks);
    }

    @Benchmark
    public List<BookDto> jpaLoaded_transmuteFail() {
        return transmute.toDtosFailingOnUnloaded(loadedBooks);
    }
}

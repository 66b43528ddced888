package io.transmute.tests.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converter;
import io.transmute.Converters;
import io.transmute.Into;
import io.transmute.Link;
import io.transmute.Nulls;
import io.transmute.Unloaded;
import io.transmute.tests.jpa.Bookstore.Author;
import io.transmute.tests.jpa.Bookstore.Book;
import io.transmute.tests.jpa.Bookstore.Isbn;
import io.transmute.tests.jpa.Bookstore.Review;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A primitive read through a lazy association under Unloaded.SKIP: a boxed destination gets null
 * (a primitive one is a compile error, see ErrorsJpaTest), an update that skips nulls keeps its value.
 */
class UnloadedPrimitivesTest {

    record ReviewView(String reviewer, int stars, Integer bookVersion) {
    }

    /** A plain bean with a primitive, updated in place. */
    public static class ReviewEdit {
        private int stars;
        private int bookVersion = -1;

        public int getStars() {
            return stars;
        }

        public void setStars(int stars) {
            this.stars = stars;
        }

        public int getBookVersion() {
            return bookVersion;
        }

        public void setBookVersion(int bookVersion) {
            this.bookVersion = bookVersion;
        }
    }

    public interface ReviewMapper {
        @Converter(unloaded = Unloaded.SKIP)
        @Link(from = "book.version", to = "bookVersion")
        ReviewView skip(Review review);

        @Converter(unloaded = Unloaded.SKIP, nulls = Nulls.SKIP)
        @Link(from = "book.version", to = "bookVersion")
        void update(Review review, @Into ReviewEdit edit);
    }

    private static final ReviewMapper MAPPER = Converters.get(ReviewMapper.class);
    private static Database database;
    private static long reviewId;

    @BeforeAll
    static void createReview() {
        database = new Database(Bookstore.ENTITIES);
        reviewId = database.fromTransaction(em -> {
            Author author = new Author("Ursula K. Le Guin");
            em.persist(author);
            Book book = new Book("The Dispossessed", new Isbn("978", "0061054884"), author);
            Review review = book.addReview("cy", 5);
            em.persist(book);
            em.flush();
            return review.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** The review outside its session, its lazy book an uninitialised proxy. */
    private static Review detachedReview() {
        return database.fromTransaction(em -> em.find(Review.class, reviewId));
    }

    @Test
    void aBoxedDestinationGetsNullWhenTheAssociationIsNotLoaded() {
        Review review = detachedReview();
        AtomicReference<ReviewView> view = new AtomicReference<>();

        long statements = database.statementsOf(() -> view.set(MAPPER.skip(review)));

        assertEquals(new ReviewView("cy", 5, null), view.get());
        assertEquals(0, statements);
    }

    @Test
    void aBoxedDestinationGetsTheValueWhenTheAssociationIsLoaded() {
        Review review = database.fromTransaction(em -> em.createQuery(
                "select r from Review r join fetch r.book where r.id = :id", Review.class)
                .setParameter("id", reviewId).getSingleResult());

        assertEquals(new ReviewView("cy", 5, review.getBook().getVersion()), MAPPER.skip(review));
    }

    @Test
    void anUpdateSkippingNullsKeepsThePrimitiveWhenTheAssociationIsNotLoaded() {
        ReviewEdit edit = new ReviewEdit();

        MAPPER.update(detachedReview(), edit);

        assertEquals(5, edit.getStars());
        assertEquals(-1, edit.getBookVersion());
    }
}

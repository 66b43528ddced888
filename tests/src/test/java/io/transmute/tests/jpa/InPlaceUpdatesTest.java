package io.transmute.tests.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.tests.jpa.BookWriteMapper.BookEdit;
import io.transmute.tests.jpa.BookWriteMapper.BookReviewsEdit;
import io.transmute.tests.jpa.BookWriteMapper.ReviewEdit;
import io.transmute.tests.jpa.Bookstore.Author;
import io.transmute.tests.jpa.Bookstore.Book;
import io.transmute.tests.jpa.Bookstore.Isbn;
import io.transmute.tests.jpa.Bookstore.Review;
import io.transmute.tests.jpa.Bookstore.Tag;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** @Into updates of managed entities: round trips through a commit and a fresh session. */
class InPlaceUpdatesTest {
    private static final BookWriteMapper MAPPER = Converters.get(BookWriteMapper.class);
    private Database database;
    private long bookId;
    private long pratchettId;
    private long gaimanId;
    private long fantasyId;
    private long comedyId;
    private long classicId;

    @BeforeEach
    void createBook() {
        database = new Database(Bookstore.ENTITIES);
        database.inTransaction(em -> {
            Author pratchett = new Author("Terry Pratchett");
            Author gaiman = new Author("Neil Gaiman");
            Tag fantasy = new Tag("fantasy");
            Tag comedy = new Tag("comedy");
            Tag classic = new Tag("classic");
            List.of(pratchett, gaiman).forEach(em::persist);
            List.of(fantasy, comedy, classic).forEach(em::persist);
            Book book = new Book("Good Omens", new Isbn("978", "0060853983"), pratchett);
            book.getTags().add(fantasy);
            book.getTags().add(comedy);
            book.addReview("ann", 5);
            em.persist(book);
            bookId = book.getId();
            pratchettId = pratchett.getId();
            gaimanId = gaiman.getId();
            fantasyId = fantasy.getId();
            comedyId = comedy.getId();
            classicId = classic.getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private Book reload() {
        return database.fromTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            Hibernate.initialize(book.getAuthor());
            Hibernate.initialize(book.getTags());
            Hibernate.initialize(book.getReviews());
            return book;
        });
    }

    /** As a set: a reloaded many-to-many set has no defined order. */
    private static Set<String> labels(Book book) {
        return Set.copyOf(book.getTags().stream().map(Tag::getLabel).toList());
    }

    @Test
    void anUpdateWritesScalarsAndReferencesAndChangesTheManagedCollectionInPlace() {
        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            Set<Tag> managedTags = book.getTags();
            MAPPER.update(new BookEdit(9_999L, 42, "Good Omens (revised)", gaimanId, List.of(comedyId, classicId)),
                    book, em);
            assertSame(managedTags, book.getTags(), "the Hibernate collection is kept, not replaced");
            assertEquals(bookId, book.getId());
            assertEquals(0, book.getVersion(), "the converter never writes the version");
        });

        Book saved = reload();
        assertEquals("Good Omens (revised)", saved.getTitle());
        assertEquals("Neil Gaiman", saved.getAuthor().getName());
        assertEquals(Set.of("comedy", "classic"), labels(saved), "comedy kept, fantasy removed, classic added");
        assertEquals(1, saved.getReviews().size(), "reviews were not in the form: left as they were");
        assertEquals(1, saved.getVersion(), "Hibernate increments the version of the changed book");
    }

    @Test
    void nullsSetClearsAndNullsSkipKeeps() {
        database.inTransaction(em -> MAPPER.patch(new BookEdit(null, 0, null, null, null), em.find(Book.class, bookId),
                em));
        Book patched = reload();
        assertEquals("Good Omens", patched.getTitle());
        assertEquals("Terry Pratchett", patched.getAuthor().getName());
        assertEquals(Set.of("fantasy", "comedy"), labels(patched));

        database.inTransaction(em -> MAPPER.update(new BookEdit(null, 0, null, null, null), em.find(Book.class, bookId),
                em));
        Book updated = reload();
        assertEquals(null, updated.getTitle());
        assertEquals(null, updated.getAuthor());
        assertEquals(Set.of(), labels(updated));
    }

    @Test
    void patchReturnsItsTarget() {
        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            assertSame(book, MAPPER.patch(new BookEdit(null, 0, "Omens", null, null), book, em));
        });
        assertEquals("Omens", reload().getTitle());
    }

    @Test
    void anOptimisticLockConflictStillSurfaces() {
        Book stale = database.fromTransaction(em -> em.find(Book.class, bookId));
        database.inTransaction(em -> MAPPER.patch(new BookEdit(null, 0, "First edit", null, null),
                em.find(Book.class, bookId), em));

        assertThrows(OptimisticLockException.class, () -> database.inTransaction(em -> {
            MAPPER.patch(new BookEdit(null, 0, "Second edit, from a stale copy", null, null), stale, em);
            em.merge(stale);
        }));
        assertEquals("First edit", reload().getTitle());
    }

    @Test
    void childReviewsAreMatchedByIdUpdatedAddedAndRemoved() {
        database.inTransaction(em -> em.find(Book.class, bookId).addReview("bob", 4));
        List<Long> ids = database.fromTransaction(em -> em.createQuery(
                "select r.id from Review r order by r.reviewer", Long.class).getResultList());
        assertEquals(2, ids.size(), "ann and bob");
        long annId = ids.get(0);

        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            List<Review> managed = book.getReviews();
            MAPPER.updateReviews(new BookReviewsEdit("Good Omens", List.of(
                    new ReviewEdit(annId, "ann", 3),
                    new ReviewEdit(null, "cat", 4))), book);
            assertSame(managed, book.getReviews(), "the managed collection is kept");
        });

        List<Review> reviews = database.fromTransaction(em -> em.createQuery(
                "select r from Review r join fetch r.book order by r.reviewer", Review.class).getResultList());
        assertEquals(List.of("ann", "cat"), reviews.stream().map(Review::getReviewer).toList(),
                "bob was removed, so orphanRemoval deleted him");
        assertEquals(annId, reviews.get(0).getId(), "ann was updated in place, not replaced");
        assertEquals(3, reviews.get(0).getStars());
        assertEquals(bookId, reviews.get(1).getBook().getId(), "the new review points back to its book");
    }

    @Test
    void aNullListOfChildrenRemovesThemAll() {
        database.inTransaction(em -> MAPPER.updateReviews(new BookReviewsEdit("Good Omens", null),
                em.find(Book.class, bookId)));

        assertEquals(0L, (long) database.fromTransaction(em -> em.createQuery("select count(r) from Review r",
                Long.class).getSingleResult()));
    }
}

package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.jpa.UnknownEntityException;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.Library.Tag;
import io.transmute.tests.jparegressions.LibraryWrites.BookEdit;
import io.transmute.tests.jparegressions.OrderMerges.LineEdit;
import io.transmute.tests.jparegressions.OrderMerges.NoteEdit;
import io.transmute.tests.jparegressions.OrderMerges.OrderEdit;
import io.transmute.tests.jparegressions.Shop.Line;
import io.transmute.tests.jparegressions.Shop.Order;
import io.transmute.tests.jparegressions.Shop.Product;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Finding 8: a checked @Into update verifies its ids before it writes anything into the target. */
class JpaRegressionCheckedUpdateTest {
    private static final LibraryWrites MAPPER = Converters.get(LibraryWrites.class);
    private static final long UNKNOWN_ID = 424_242L;
    private Database database;
    private long bookId;
    private long pratchettId;
    private long gaimanId;
    private long fantasyId;
    private long comedyId;

    @BeforeEach
    void createBook() {
        database = new Database(Library.ENTITIES);
        database.inTransaction(em -> {
            Author pratchett = new Author("Terry Pratchett");
            Author gaiman = new Author("Neil Gaiman");
            Tag fantasy = new Tag("fantasy");
            Tag comedy = new Tag("comedy");
            List.of(pratchett, gaiman, fantasy, comedy).forEach(em::persist);
            Book book = new Book("Mort", pratchett);
            book.getTags().add(fantasy);
            em.persist(book);
            bookId = book.getId();
            pratchettId = pratchett.getId();
            gaimanId = gaiman.getId();
            fantasyId = fantasy.getId();
            comedyId = comedy.getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static Set<Long> tagIds(Book book) {
        return Set.copyOf(book.getTags().stream().map(Tag::getId).toList());
    }

    private void assertUnchanged(Book book) {
        assertEquals("Mort", book.getTitle());
        assertEquals(pratchettId, book.getAuthor().getId());
        assertEquals(Set.of(fantasyId), tagIds(book));
    }

    @Test
    void anUnknownTagLeavesTheManagedTargetUnchanged() {
        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            Set<Long> tags = new LinkedHashSet<>(List.of(comedyId, UNKNOWN_ID));

            UnknownEntityException e = assertThrows(UnknownEntityException.class,
                    () -> MAPPER.update(new BookEdit("Changed", gaimanId, tags), book, em));

            assertEquals(List.of(UNKNOWN_ID), e.missingIds());
            assertUnchanged(book);
        });
    }

    @Test
    void anUnknownAuthorLeavesThePatchedTargetUnchanged() {
        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);

            assertThrows(UnknownEntityException.class,
                    () -> MAPPER.patch(new BookEdit("Changed", UNKNOWN_ID, Set.of(comedyId)), book, em));

            assertUnchanged(book);
        });
    }

    @Test
    void aTransactionThatCaughtTheFailureCommitsNoChange() {
        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            assertThrows(UnknownEntityException.class,
                    () -> MAPPER.update(new BookEdit("Changed", gaimanId, Set.of(UNKNOWN_ID)), book, em));
        });

        database.inTransaction(em -> assertUnchanged(em.find(Book.class, bookId)));
    }

    @Test
    void knownIdsAreWritten() {
        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            MAPPER.update(new BookEdit("Changed", gaimanId, Set.of(comedyId)), book, em);
        });

        database.inTransaction(em -> {
            Book book = em.find(Book.class, bookId);
            assertEquals("Changed", book.getTitle());
            assertEquals(gaimanId, book.getAuthor().getId());
            assertEquals(Set.of(comedyId), tagIds(book));
        });
    }

    /** The ids in merged children are references too: they must be verified before the order is touched. */
    @Test
    @Disabled("Known gap, documented in the README: references made inside merged children are verified only"
            + " after the target was written")
    void anUnknownIdInAMergedChildLeavesTheManagedTargetUnchanged() {
        try (Database shop = new Database(Shop.ENTITIES)) {
            long[] ids = shop.fromTransaction(em -> {
                Product pen = new Product("pen");
                em.persist(pen);
                Order order = new Order("ann");
                Line line = order.addLine("x", 1, pen);
                em.persist(order);
                em.flush();
                return new long[] {order.getId(), line.getId(), pen.getId()};
            });

            shop.inTransaction(em -> {
                Order order = em.find(Order.class, ids[0]);
                OrderEdit edit = new OrderEdit("bob", List.of(new LineEdit(ids[1], "y", 2, ids[2]),
                        new LineEdit(null, "z", 3, UNKNOWN_ID)), List.of(new NoteEdit(null, "hello")));

                UnknownEntityException e = assertThrows(UnknownEntityException.class,
                        () -> Converters.get(OrderMerges.class).update(edit, order, em));

                assertEquals(List.of(UNKNOWN_ID), e.missingIds());
                assertEquals("ann", order.getCustomer());
                assertEquals(List.of("x"), order.getLines().stream().map(Line::getLabel).toList());
                assertEquals(0, order.getNotes().size());
            });
        }
    }
}

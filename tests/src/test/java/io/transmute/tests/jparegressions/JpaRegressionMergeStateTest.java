package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.jparegressions.OrderMerges.LineEdit;
import io.transmute.tests.jparegressions.OrderMerges.NoteEdit;
import io.transmute.tests.jparegressions.OrderMerges.OrderEdit;
import io.transmute.tests.jparegressions.Shop.Line;
import io.transmute.tests.jparegressions.Shop.Note;
import io.transmute.tests.jparegressions.Shop.Order;
import io.transmute.tests.jparegressions.Shop.Product;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Findings 5 and 16: a merge removes unsaved children (without an id yet) that the source no
 * longer has, and two elements with one id update that child, the last one winning, never a copy.
 */
class JpaRegressionMergeStateTest {
    private static final OrderMerges MAPPER = Converters.get(OrderMerges.class);
    private Database database;
    private long orderId;
    private long lineId;
    private long secondLineId;
    private long noteId;
    private long productId;

    @BeforeEach
    void createOrder() {
        database = new Database(Shop.ENTITIES);
        database.inTransaction(em -> {
            Product pen = new Product("pen");
            em.persist(pen);
            Order order = new Order("ann");
            order.addLine("x", 1, pen);
            order.addLine("y", 2, null);
            order.addNote("hello");
            em.persist(order);
            em.flush();
            orderId = order.getId();
            lineId = order.getLines().get(0).getId();
            secondLineId = order.getLines().get(1).getId();
            noteId = order.getNotes().iterator().next().getId();
            productId = pen.getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static List<String> lines(Order order) {
        return order.getLines().stream().map(line -> line.getId() + ":" + line.getLabel() + ":" + line.getQty()).toList();
    }

    @Test
    void aSecondUpdateBeforeTheFlushRemovesTheChildrenTheFirstAdded() {
        database.inTransaction(em -> {
            Order order = em.find(Order.class, orderId);
            MAPPER.update(new OrderEdit("bob", List.of(new LineEdit(lineId, "x", 1, productId),
                    new LineEdit(null, "new1", 1, null), new LineEdit(null, "new2", 1, null)),
                    List.of(new NoteEdit(noteId, "hello"), new NoteEdit(null, "n-a"), new NoteEdit(null, "n-b"))),
                    order, em);
            assertEquals(3, order.getLines().size());
            assertEquals(3, order.getNotes().size());

            MAPPER.update(new OrderEdit("bob", List.of(new LineEdit(lineId, "x", 1, productId)), List.of()), order,
                    em);

            assertEquals(List.of(lineId + ":x:1"), lines(order), "the second update keeps only the existing line");
            assertEquals(0, order.getNotes().size(), "the second update removes every note, unsaved ones too");
        });

        database.inTransaction(em -> {
            Order order = em.find(Order.class, orderId);
            assertEquals(List.of(lineId + ":x:1"), lines(order));
            assertEquals(List.of(), List.copyOf(order.getNotes()));
            assertEquals(1L, em.createQuery("select count(l) from RegLine l", Long.class).getSingleResult());
            assertEquals(0L, em.createQuery("select count(n) from RegNote n", Long.class).getSingleResult());
        });
    }

    @Test
    void duplicateChildIdsUpdateThatChildTheLastWinning() {
        database.inTransaction(em -> {
            Order order = em.find(Order.class, orderId);
            MAPPER.update(new OrderEdit("bob", List.of(new LineEdit(lineId, "first", 1, null),
                    new LineEdit(lineId, "second", 2, productId)),
                    List.of(new NoteEdit(noteId, "a"), new NoteEdit(noteId, "b"))), order, em);

            assertEquals(List.of(lineId + ":second:2"), lines(order), "no copy of the line");
            assertEquals(List.of("b"), order.getNotes().stream().map(Note::getText).toList());
        });

        database.inTransaction(em -> {
            Order order = em.find(Order.class, orderId);
            assertEquals(List.of(lineId + ":second:2"), lines(order));
            assertEquals(productId, order.getLines().get(0).getProduct().getId());
            assertEquals(List.of(noteId + ":b"),
                    order.getNotes().stream().map(note -> note.getId() + ":" + note.getText()).toList());
            assertNull(em.find(Line.class, secondLineId));
            assertEquals(1L, em.createQuery("select count(l) from RegLine l", Long.class).getSingleResult());
        });
    }
}

package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.transmute.Converters;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.Library.Chapter;
import io.transmute.tests.jparegressions.Library.Section;
import io.transmute.tests.jparegressions.MergeLinks.BookEdit;
import io.transmute.tests.jparegressions.MergeLinks.ChapterEdit;
import io.transmute.tests.jparegressions.MergeLinks.ItemEdit;
import io.transmute.tests.jparegressions.MergeLinks.ItemsEdit;
import io.transmute.tests.jparegressions.MergeLinks.LinesEdit;
import io.transmute.tests.jparegressions.Shop.Line;
import io.transmute.tests.jparegressions.Shop.Order;
import io.transmute.tests.jparegressions.Shop.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding 4: relative links and allowUnlinked paths apply to merged children; grandchildren can stay unlinked. */
class JpaRegressionMergeLinksTest {
    private static final MergeLinks MAPPER = Converters.get(MergeLinks.class);

    private static String describe(Line line) {
        return line.getLabel() + ":" + line.getQty() + ":" + (line.getProduct() == null ? "-" : line.getProduct().getName())
                + ":" + (line.getOrder() == null ? "-" : line.getOrder().getCustomer());
    }

    private record Ids(long order, long line) {
    }

    private static Ids createOrder(Database database) {
        return database.fromTransaction(em -> {
            Product pen = new Product("pen");
            em.persist(pen);
            Order order = new Order("ann");
            Line line = order.addLine("old", 1, pen);
            em.persist(order);
            em.flush();
            return new Ids(order.getId(), line.getId());
        });
    }

    @Test
    void aRenamedChildCollectionGetsItsElementLinks() {
        try (Database database = new Database(Shop.ENTITIES)) {
            Ids ids = createOrder(database);

            database.inTransaction(em -> {
                Order order = em.find(Order.class, ids.order());
                List<Line> lines = order.getLines();
                MAPPER.updateItems(new ItemsEdit("bob", List.of(new ItemEdit(ids.line(), "renamed", 2),
                        new ItemEdit(null, "added", 3))), order);
                assertSame(lines, order.getLines());
            });

            database.inTransaction(em -> {
                Order order = em.find(Order.class, ids.order());
                assertEquals(List.of("renamed:2:pen:bob", "added:3:-:bob"),
                        order.getLines().stream().map(JpaRegressionMergeLinksTest::describe).toList());
                assertEquals(ids.line(), order.getLines().get(0).getId());
            });
        }
    }

    @Test
    void aChildCollectionOfTheSameNameGetsItsElementLinks() {
        try (Database database = new Database(Shop.ENTITIES)) {
            Ids ids = createOrder(database);

            database.inTransaction(em -> {
                Order order = em.find(Order.class, ids.order());
                MAPPER.updateLines(new LinesEdit("bob", List.of(new ItemEdit(null, "added", 3),
                        new ItemEdit(ids.line(), "renamed", 2))), order);
            });

            database.inTransaction(em -> {
                Order order = em.find(Order.class, ids.order());
                assertEquals(List.of("renamed:2:pen:bob", "added:3:-:bob"),
                        order.getLines().stream().map(JpaRegressionMergeLinksTest::describe).toList());
            });
        }
    }

    @Test
    void childrenWithChildrenOfTheirOwnAreMergedWhenTheGrandchildrenAreUnlinked() {
        try (Database database = new Database(Library.ENTITIES)) {
            long[] ids = database.fromTransaction(em -> {
                Author author = new Author("Terry Pratchett");
                em.persist(author);
                Book book = new Book("Mort", author);
                Chapter kept = book.addChapter("one");
                kept.addSection("s1");
                kept.addSection("s2");
                book.addChapter("two").addSection("gone");
                em.persist(book);
                em.flush();
                return new long[] {book.getId(), kept.getId(), book.getChapters().get(1).getId()};
            });

            database.inTransaction(em -> {
                Book book = em.find(Book.class, ids[0]);
                MAPPER.updateChapters(new BookEdit("Mort!", List.of(new ChapterEdit(ids[1], "One"),
                        new ChapterEdit(null, "Three"))), book);
            });

            database.inTransaction(em -> {
                Book book = em.find(Book.class, ids[0]);
                assertEquals("Mort!", book.getTitle());
                assertEquals(List.of("One", "Three"), book.getChapters().stream().map(Chapter::getTitle).toList());
                Chapter one = book.getChapters().get(0);
                assertEquals(ids[1], one.getId());
                assertEquals(List.of("s1", "s2"), one.getSections().stream().map(Section::getHeading).toList());
                Chapter three = book.getChapters().get(1);
                assertSame(book, three.getBook());
                assertEquals(List.of(), three.getSections());
                assertNull(em.find(Chapter.class, ids[2]));
            });
        }
    }
}

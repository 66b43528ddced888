package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.transmute.Converters;
import io.transmute.tests.jparegressions.Press.Basket;
import io.transmute.tests.jparegressions.Press.Item;
import io.transmute.tests.jparegressions.Press.Magazine;
import io.transmute.tests.jparegressions.Press.Publisher;
import io.transmute.tests.jparegressions.Press.Writer;
import io.transmute.tests.jparegressions.PressMapper.BasketEdit;
import io.transmute.tests.jparegressions.PressMapper.ItemEdit;
import io.transmute.tests.jparegressions.PressMapper.MagazineForm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 6: an @Into update changes a managed collection in place even when the entity has a
 * setter for it (property access, or field access with setters); Nulls.SET empties it, never
 * sets null.
 */
class JpaRegressionSetterCollectionsTest {
    private static final PressMapper MAPPER = Converters.get(PressMapper.class);
    private Database database;
    private long magazineId;
    private long publisherId;
    private long annId;
    private long bobId;
    private long basketId;
    private long appleId;

    @BeforeEach
    void createPress() {
        database = new Database(Press.ENTITIES);
        database.inTransaction(em -> {
            Publisher publisher = new Publisher("pub");
            Writer ann = new Writer("ann");
            Writer bob = new Writer("bob");
            List.of(publisher, ann, bob).forEach(em::persist);
            Magazine magazine = new Magazine();
            magazine.setTitle("mag");
            magazine.setPublisher(publisher);
            magazine.getWriters().add(ann);
            magazine.getTopics().add("cats");
            em.persist(magazine);
            Basket basket = new Basket();
            Item apple = basket.addItem("apple");
            basket.addItem("pear");
            basket.getLabels().add("fruit");
            em.persist(basket);
            em.flush();
            magazineId = magazine.getId();
            publisherId = publisher.getId();
            annId = ann.getId();
            bobId = bob.getId();
            basketId = basket.getId();
            appleId = apple.getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static Set<String> names(Set<Writer> writers) {
        return Set.copyOf(writers.stream().map(Writer::getName).toList());
    }

    @Test
    void propertyAccessCollectionsWithSettersAreChangedInPlace() {
        database.inTransaction(em -> {
            Magazine magazine = em.find(Magazine.class, magazineId);
            Set<Writer> writers = magazine.getWriters();
            List<String> topics = magazine.getTopics();

            MAPPER.update(new MagazineForm("mag2", publisherId, List.of(annId, bobId), null, List.of("cats", "dogs")),
                    magazine, em);

            assertSame(writers, magazine.getWriters());
            assertSame(topics, magazine.getTopics());
            assertEquals(Set.of("ann", "bob"), names(magazine.getWriters()));
            assertEquals(List.of("cats", "dogs"), magazine.getTopics());
        });

        database.inTransaction(em -> {
            Magazine magazine = em.find(Magazine.class, magazineId);
            assertEquals("mag2", magazine.getTitle());
            assertEquals(Set.of("ann", "bob"), names(magazine.getWriters()));
            assertEquals(List.of("cats", "dogs"), magazine.getTopics());
        });
    }

    @Test
    void nullCollectionsEmptyThePropertyAccessCollections() {
        database.inTransaction(em -> {
            Magazine magazine = em.find(Magazine.class, magazineId);
            Set<Writer> writers = magazine.getWriters();
            List<String> topics = magazine.getTopics();

            MAPPER.update(new MagazineForm("mag", publisherId, null, null, null), magazine, em);

            assertSame(writers, magazine.getWriters());
            assertSame(topics, magazine.getTopics());
            assertEquals(Set.of(), magazine.getWriters());
            assertEquals(List.of(), magazine.getTopics());
        });

        database.inTransaction(em -> {
            Magazine magazine = em.find(Magazine.class, magazineId);
            assertNotNull(magazine.getWriters());
            assertEquals(Set.of(), Set.copyOf(magazine.getWriters()));
            assertEquals(List.of(), List.copyOf(magazine.getTopics()));
        });
    }

    @Test
    void fieldAccessCollectionsWithSettersAreChangedInPlace() {
        database.inTransaction(em -> {
            Basket basket = em.find(Basket.class, basketId);
            List<Item> items = basket.getItems();
            Set<String> labels = basket.getLabels();

            MAPPER.update(new BasketEdit(List.of(new ItemEdit(appleId, "green apple"), new ItemEdit(null, "plum")),
                    Set.of("fresh")), basket);

            assertSame(items, basket.getItems());
            assertSame(labels, basket.getLabels());
            assertEquals(List.of("green apple", "plum"), basket.getItems().stream().map(Item::getName).toList());
            assertEquals(Set.of("fresh"), basket.getLabels());
        });

        database.inTransaction(em -> {
            Basket basket = em.find(Basket.class, basketId);
            assertEquals(List.of("green apple", "plum"), basket.getItems().stream().map(Item::getName).toList());
            assertEquals(appleId, basket.getItems().get(0).getId());
            assertEquals(Set.of("fresh"), Set.copyOf(basket.getLabels()));
        });
    }

    @Test
    void nullCollectionsEmptyTheFieldAccessCollections() {
        database.inTransaction(em -> {
            Basket basket = em.find(Basket.class, basketId);
            List<Item> items = basket.getItems();
            Set<String> labels = basket.getLabels();

            MAPPER.update(new BasketEdit(null, null), basket);

            assertSame(items, basket.getItems());
            assertSame(labels, basket.getLabels());
            assertEquals(List.of(), basket.getItems());
            assertEquals(Set.of(), basket.getLabels());
        });

        database.inTransaction(em -> {
            Basket basket = em.find(Basket.class, basketId);
            assertEquals(List.of(), List.copyOf(basket.getItems()));
            assertEquals(Set.of(), Set.copyOf(basket.getLabels()));
            assertEquals(0L, em.createQuery("select count(i) from RegItem i", Long.class).getSingleResult());
        });
    }
}

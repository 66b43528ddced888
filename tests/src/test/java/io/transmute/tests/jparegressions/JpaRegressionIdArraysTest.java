package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.jpa.UnknownEntityException;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.Library.Tag;
import io.transmute.tests.jparegressions.LibraryWrites.ArrayForm;
import io.transmute.tests.jparegressions.LibraryWrites.PrimitiveArrayForm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding 15: arrays of ids, {@code Long[]} with nulls and {@code long[]}, become collections of references. */
class JpaRegressionIdArraysTest {
    private static final LibraryWrites MAPPER = Converters.get(LibraryWrites.class);
    private static Database database;
    private static long fantasyId;
    private static long comedyId;

    @BeforeAll
    static void createTags() {
        database = new Database(Library.ENTITIES);
        database.inTransaction(em -> {
            Tag fantasy = new Tag("fantasy");
            Tag comedy = new Tag("comedy");
            em.persist(fantasy);
            em.persist(comedy);
            fantasyId = fantasy.getId();
            comedyId = comedy.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static Set<String> labels(Book book) {
        return Set.copyOf(book.getTags().stream().map(Tag::getLabel).toList());
    }

    @Test
    void nullIdsInALongArrayGiveNoElement() {
        database.inTransaction(em -> {
            Book book = MAPPER.createFromArray(new ArrayForm("Mort", new Long[] {fantasyId, null, comedyId}), em);

            assertFalse(book.getTags().contains(null));
            assertEquals(Set.of("fantasy", "comedy"), labels(book));
            em.persist(book);
            em.flush();
        });
    }

    @Test
    void nullIdsInALongArrayGiveNoElementUnchecked() {
        database.inTransaction(em -> {
            long statements = database.statementsOf(() -> {
                Book book = MAPPER.createUncheckedFromArray(new ArrayForm("Mort", new Long[] {null, fantasyId}), em);
                assertFalse(book.getTags().contains(null));
                assertEquals(1, book.getTags().size());
                assertEquals(fantasyId, book.getTags().iterator().next().getId());
            });
            assertEquals(0, statements);
        });
    }

    @Test
    void aPrimitiveArrayOfIdsGivesReferences() {
        database.inTransaction(em -> {
            Book book = MAPPER.createFromPrimitiveArray(new PrimitiveArrayForm("Mort", new long[] {comedyId, fantasyId}),
                    em);

            assertEquals(Set.of("fantasy", "comedy"), labels(book));
        });
    }

    @Test
    void anUnknownIdInAPrimitiveArrayFails() {
        database.inTransaction(em -> {
            UnknownEntityException e = assertThrows(UnknownEntityException.class, () -> MAPPER.createFromPrimitiveArray(
                    new PrimitiveArrayForm("Mort", new long[] {comedyId, 777_777L}), em));

            assertEquals(List.of(777_777L), e.missingIds());
        });
    }
}

package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import io.transmute.jpa.UnknownEntityException;
import io.transmute.tests.jparegressions.Press.Issue;
import io.transmute.tests.jparegressions.Press.IssueKey;
import io.transmute.tests.jparegressions.Press.Magazine;
import io.transmute.tests.jparegressions.PressMapper.MagazineForm;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding 7: a form's {@code IssueKey featuredId} becomes a checked reference to the Issue with that @EmbeddedId. */
class JpaRegressionEmbeddedIdReferenceTest {
    private static final PressMapper MAPPER = Converters.get(PressMapper.class);
    private static final IssueKey FIRST = new IssueKey("X", 1);
    private static Database database;

    @BeforeAll
    static void createIssue() {
        database = new Database(Press.ENTITIES);
        database.inTransaction(em -> em.persist(new Issue(FIRST, "first")));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void anExistingKeyBecomesAReferenceToThatIssue() {
        database.inTransaction(em -> {
            AtomicReference<Magazine> magazine = new AtomicReference<>();
            long statements = database.statementsOf(() -> magazine.set(
                    MAPPER.create(new MagazineForm("mag", null, List.of(), FIRST, List.of()), em)));

            assertEquals(1, statements, "one query checks the issue");
            Issue featured = magazine.get().getFeatured();
            assertTrue(em.contains(featured), "a reference, not a new Issue");
            assertEquals(FIRST, featured.getKey());
            assertSame(em.find(Issue.class, FIRST), featured);
            assertEquals("first", featured.getTitle());
        });
    }

    @Test
    void anUnknownKeyFails() {
        database.inTransaction(em -> {
            UnknownEntityException e = assertThrows(UnknownEntityException.class,
                    () -> MAPPER.create(new MagazineForm("mag", null, List.of(), new IssueKey("Y", 2), List.of()), em));

            assertEquals(Issue.class, e.entityType());
            assertEquals(List.of(new IssueKey("Y", 2)), e.missingIds());
            assertEquals("Press.Magazine.featured", e.destination());
        });
    }

    @Test
    void aNullKeyGivesNoIssue() {
        database.inTransaction(em -> assertNull(
                MAPPER.create(new MagazineForm("mag", null, List.of(), null, List.of()), em).getFeatured()));
    }
}

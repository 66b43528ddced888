package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.jpa.UnknownEntityException;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.LibraryWrites.BookForm;
import io.transmute.tests.jparegressions.LibraryWrites.ChapterForm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding 19: missing ids of one entity type from two destinations name both destinations. */
class JpaRegressionUnknownDestinationsTest {
    private static final LibraryWrites MAPPER = Converters.get(LibraryWrites.class);
    private static Database database;
    private static long authorId;

    @BeforeAll
    static void createAuthor() {
        database = new Database(Library.ENTITIES);
        database.inTransaction(em -> {
            Author author = new Author("Terry Pratchett");
            em.persist(author);
            authorId = author.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void theMessageNamesEveryDestinationOfAMissingId() {
        BookForm form = new BookForm("Mort", 9_998L, null, Set.of(), List.of(),
                List.of(new ChapterForm("one", authorId), new ChapterForm("two", 9_999L)));

        UnknownEntityException e = database.fromTransaction(em -> assertThrows(UnknownEntityException.class,
                () -> MAPPER.create(form, em)));

        assertEquals(Author.class, e.entityType());
        assertEquals(List.of(9_998L, 9_999L), e.missingIds());
        assertEquals("Library.Book.author and Library.Chapter.reviewer", e.destination());
        assertEquals("No Author with id [9998, 9999] exists, for Library.Book.author and Library.Chapter.reviewer",
                e.getMessage());
    }

    @Test
    void aSingleDestinationIsNamedOnce() {
        BookForm form = new BookForm("Mort", 9_998L, null, Set.of(), List.of(),
                List.of(new ChapterForm("one", authorId)));

        UnknownEntityException e = database.fromTransaction(em -> assertThrows(UnknownEntityException.class,
                () -> MAPPER.create(form, em)));

        assertEquals("No Author with id 9998 exists, for Library.Book.author", e.getMessage());
    }

    @Test
    void oneMissingIdForTwoDestinationsNamesBoth() {
        BookForm form = new BookForm("Mort", 9_999L, null, Set.of(), List.of(),
                List.of(new ChapterForm("one", 9_999L)));

        UnknownEntityException e = database.fromTransaction(em -> assertThrows(UnknownEntityException.class,
                () -> MAPPER.create(form, em)));

        assertEquals(List.of(9_999L), e.missingIds());
        assertEquals("Library.Book.author and Library.Chapter.reviewer", e.destination());
    }
}

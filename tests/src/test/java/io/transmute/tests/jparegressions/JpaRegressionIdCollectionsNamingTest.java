package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.Library.Category;
import io.transmute.tests.jparegressions.Library.Tag;
import io.transmute.tests.jparegressions.LibraryReads.BookIds;
import io.transmute.tests.jparegressions.LibraryWrites.BookForm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding 13: {@code categoryIds} is flattened from {@code categories} (a plural in -ies), like {@code tagIds} from {@code tags}. */
class JpaRegressionIdCollectionsNamingTest {
    private static Database database;
    private static long bookId;
    private static long authorId;
    private static long tagId;
    private static long fantasyId;
    private static long comedyId;

    @BeforeAll
    static void createBook() {
        database = new Database(Library.ENTITIES);
        database.inTransaction(em -> {
            Author author = new Author("Terry Pratchett");
            Tag tag = new Tag("classic");
            Category fantasy = new Category("fantasy");
            Category comedy = new Category("comedy");
            List.of(author, tag, fantasy, comedy).forEach(em::persist);
            Book book = new Book("Mort", author);
            book.getTags().add(tag);
            book.getCategories().add(fantasy);
            em.persist(book);
            bookId = book.getId();
            authorId = author.getId();
            tagId = tag.getId();
            fantasyId = fantasy.getId();
            comedyId = comedy.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void categoryIdsAreReadFromCategories() {
        BookIds ids = database.fromTransaction(em -> Converters.get(LibraryReads.class).ids(em.find(Book.class, bookId)));

        assertEquals(new BookIds(bookId, authorId, Set.of(tagId), List.of(fantasyId)), ids);
    }

    @Test
    void categoryIdsFillCategories() {
        Set<String> names = database.fromTransaction(em -> {
            Book book = Converters.get(LibraryWrites.class).create(
                    new BookForm("Eric", null, null, Set.of(), List.of(fantasyId, comedyId), List.of()), em);
            return Set.copyOf(book.getCategories().stream().map(Category::getName).toList());
        });

        assertEquals(Set.of("fantasy", "comedy"), names);
    }
}

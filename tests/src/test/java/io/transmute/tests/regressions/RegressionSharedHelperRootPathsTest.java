package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import org.junit.jupiter.api.Test;

/** Finding 1: nested helpers shared between converters whose root {@code from} paths differ in type. */
class RegressionSharedHelperRootPathsTest {
    private final SharedHelperRootPaths coercing = Converters.get(SharedHelperRootPaths.class);
    private final SharedHelperObjectTag plain = Converters.get(SharedHelperObjectTag.class);

    @Test
    void eachConverterUsesTheCoercerForItsOwnRootType() {
        SharedHelperRootPaths.Author author = new SharedHelperRootPaths.Author(7);

        SharedHelperRootPaths.BookDto magazine =
                coercing.magazine(new SharedHelperRootPaths.Magazine(author, "Wired"));
        SharedHelperRootPaths.BookDto book =
                coercing.book(new SharedHelperRootPaths.Book(author, new StringBuilder("Dune")));

        assertEquals(new SharedHelperRootPaths.BookDto(new SharedHelperRootPaths.AuthorDto(7, "specific:Wired")),
                magazine);
        assertEquals(new SharedHelperRootPaths.BookDto(new SharedHelperRootPaths.AuthorDto(7, "general:Dune")),
                book);
    }

    @Test
    void theOrderOfTheCallsDoesNotMatter() {
        SharedHelperRootPaths.Author author = new SharedHelperRootPaths.Author(1);

        assertEquals("general:a",
                coercing.book(new SharedHelperRootPaths.Book(author, "a")).author().tag());
        assertEquals("specific:b",
                coercing.magazine(new SharedHelperRootPaths.Magazine(author, "b")).author().tag());
        assertEquals("general:c",
                coercing.book(new SharedHelperRootPaths.Book(author, "c")).author().tag());
    }

    @Test
    void nullRootValueGivesNullInBoth() {
        SharedHelperRootPaths.Author author = new SharedHelperRootPaths.Author(2);

        assertEquals(new SharedHelperRootPaths.AuthorDto(2, null),
                coercing.book(new SharedHelperRootPaths.Book(author, null)).author());
        assertEquals(new SharedHelperRootPaths.AuthorDto(2, null),
                coercing.magazine(new SharedHelperRootPaths.Magazine(author, null)).author());
    }

    @Test
    void differentRootTypesIntoAnObjectPropertyEachGiveTheirValue() {
        SharedHelperObjectTag.Author author = new SharedHelperObjectTag.Author(3);

        SharedHelperObjectTag.BookDto book = plain.book(new SharedHelperObjectTag.Book(author, "Dune"));
        SharedHelperObjectTag.BookDto magazine = plain.magazine(new SharedHelperObjectTag.Magazine(author, 42));

        assertEquals(new SharedHelperObjectTag.AuthorDto(3, "Dune"), book.author());
        assertEquals(new SharedHelperObjectTag.AuthorDto(3, 42), magazine.author());
        assertEquals(Integer.class, magazine.author().tag().getClass());
        assertEquals(String.class, book.author().tag().getClass());
    }
}

package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import io.transmute.References;
import io.transmute.Unloaded;
import io.transmute.tests.jparegressions.Library.Book;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/**
 * Finding 2: converters of one converter type that differ only in their policies need different
 * helpers for the same nested types, whatever order they are declared in.
 */
final class NestedPolicies {
    private NestedPolicies() {
    }

    record BookSummary(Long id, String title) {
    }

    /** The author's books and nicknames are lazy collections, unloaded when only the book's author is fetched. */
    record AuthorDto(String name, Set<String> nicknames, List<BookSummary> books) {
    }

    record BookDto(String title, AuthorDto author) {
    }

    /** LOAD declared first: its helper for the nested author must not serve SKIP and FAIL. */
    public interface LoadFirst {
        @Converter
        BookDto deepLoad(Book book);

        @Converter(unloaded = Unloaded.SKIP)
        BookDto deepSkip(Book book);

        @Converter(unloaded = Unloaded.FAIL)
        BookDto deepFail(Book book);

        @Converter(unloaded = Unloaded.FAIL)
        BookDto otherFail(Book book);
    }

    /** The same converters, LOAD declared last. */
    public interface LoadLast {
        @Converter(unloaded = Unloaded.FAIL)
        BookDto deepFail(Book book);

        @Converter(unloaded = Unloaded.FAIL)
        BookDto otherFail(Book book);

        @Converter(unloaded = Unloaded.SKIP)
        BookDto deepSkip(Book book);

        @Converter
        BookDto deepLoad(Book book);
    }

    record ChapterForm(String title, Long reviewerId) {
    }

    /** The chapters, nested models, make references to their reviewers. */
    record BookForm(String title, List<ChapterForm> chapters) {
    }

    /** UNCHECKED declared first: its helper for the nested chapters must not serve CHECKED. */
    public interface UncheckedFirst {
        @Converter(allowUnlinked = {"author", "category", "tags", "categories", "chapters.book", "chapters.sections"},
                references = References.UNCHECKED)
        Book createUnchecked(BookForm form, EntityManager entityManager);

        @Converter(allowUnlinked = {"author", "category", "tags", "categories", "chapters.book", "chapters.sections"})
        Book createChecked(BookForm form, EntityManager entityManager);
    }

    /** The same converters, CHECKED declared first. */
    public interface CheckedFirst {
        @Converter(allowUnlinked = {"author", "category", "tags", "categories", "chapters.book", "chapters.sections"})
        Book createChecked(BookForm form, EntityManager entityManager);

        @Converter(allowUnlinked = {"author", "category", "tags", "categories", "chapters.book", "chapters.sections"},
                references = References.UNCHECKED)
        Book createUnchecked(BookForm form, EntityManager entityManager);
    }
}

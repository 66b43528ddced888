package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import io.transmute.Into;
import io.transmute.Nulls;
import io.transmute.References;
import io.transmute.tests.jparegressions.Library.Book;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/** Findings 8, 9, 13, 15 and 19: books written from forms of ids. */
public interface LibraryWrites {

    record ChapterForm(String title, Long reviewerId) {
    }

    record BookForm(String title, Long authorId, Long categoryId, Set<Long> tagIds, List<Long> categoryIds,
            List<ChapterForm> chapters) {
    }

    @Converter(allowUnlinked = {"chapters.book", "chapters.sections"})
    Book create(BookForm form, EntityManager entityManager);

    record BookEdit(String title, Long authorId, Set<Long> tagIds) {
    }

    @Converter
    void update(BookEdit edit, @Into Book book, EntityManager entityManager);

    @Converter(nulls = Nulls.SKIP)
    Book patch(BookEdit edit, @Into Book book, EntityManager entityManager);

    record ArrayForm(String title, Long[] tagIds) {
    }

    @Converter(allowUnlinked = {"author", "category", "categories", "chapters"})
    Book createFromArray(ArrayForm form, EntityManager entityManager);

    @Converter(allowUnlinked = {"author", "category", "categories", "chapters"}, references = References.UNCHECKED)
    Book createUncheckedFromArray(ArrayForm form, EntityManager entityManager);

    record PrimitiveArrayForm(String title, long[] tagIds) {
    }

    @Converter(allowUnlinked = {"author", "category", "categories", "chapters"})
    Book createFromPrimitiveArray(PrimitiveArrayForm form, EntityManager entityManager);
}

package io.transmute.tests.jpa;

import io.transmute.Converter;
import io.transmute.Into;
import io.transmute.Nulls;
import io.transmute.References;
import io.transmute.tests.jpa.Bookstore.Book;
import jakarta.persistence.EntityManager;
import java.util.List;

/** DTO to entity: ids become entity references through the EntityManager parameter. */
public interface BookWriteMapper {

    /** A form a client posts to create a book: the author and the tags by id. */
    record BookForm(Long id, String title, Long authorId, List<Long> tagIds) {
    }

    @Converter(allowUnlinked = "reviews")
    Book create(BookForm form, EntityManager entityManager);

    @Converter(allowUnlinked = "reviews", references = References.UNCHECKED)
    Book createUnchecked(BookForm form, EntityManager entityManager);

    /** A form that edits a book: its id and version are the client's, never written into the entity. */
    record BookEdit(Long id, int version, String title, Long authorId, List<Long> tagIds) {
    }

    @Converter
    void update(BookEdit edit, @Into Book book, EntityManager entityManager);

    @Converter(nulls = Nulls.SKIP)
    Book patch(BookEdit edit, @Into Book book, EntityManager entityManager);

    /** A review as the edit form shows it: the id of an existing review, or none for a new one. */
    record ReviewEdit(Long id, String reviewer, int stars) {
    }

    record BookReviewsEdit(String title, List<ReviewEdit> reviews) {
    }

    @Converter
    void updateReviews(BookReviewsEdit edit, @Into Book book);
}

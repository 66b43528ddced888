package io.transmute.examples;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.Into;
import io.transmute.Link;
import io.transmute.Unloaded;
import io.transmute.examples.dto.BookDto;
import io.transmute.examples.dto.BookEdit;
import io.transmute.examples.dto.BookForm;
import io.transmute.examples.dto.BookSummary;
import io.transmute.examples.entity.Book;
import io.transmute.examples.entity.Tag;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The converters of the bookstore: Transmute writes BookMapperImpl at compile time. */
public interface BookMapper {

    /** One book with its author, tags and reviews; pageCount comes from the caller. */
    @Converter
    BookDto toDto(Book entity, int pageCount);

    /**
     * The book list. authorId is read from the author proxy without loading it; authorName needs
     * the author, so the query must fetch it: Unloaded.FAIL turns a forgotten join fetch into a
     * clear exception instead of one query per book.
     */
    @Converter(unloaded = Unloaded.FAIL)
    @Link(from = "author.name", to = "authorName")
    List<BookSummary> summaries(List<Book> books);

    /** A new book: the author and tags are looked up by id (checked: unknown ids fail). */
    @Converter(allowUnlinked = "reviews")
    Book create(BookForm form, EntityManager em);

    /**
     * Changes a managed book: scalars, the author and tags by id, and the reviews merged by id
     * (matched ones updated, new ones added, missing ones removed and deleted as orphans).
     */
    @Converter
    void update(BookEdit edit, @Into Book book, EntityManager em);

    @Coercer
    static String label(Tag tag) {
        return tag.getLabel();
    }
}

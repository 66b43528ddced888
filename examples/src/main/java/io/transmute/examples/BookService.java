package io.transmute.examples;

import io.transmute.Converters;
import io.transmute.examples.dto.BookDto;
import io.transmute.examples.dto.BookEdit;
import io.transmute.examples.dto.BookForm;
import io.transmute.examples.dto.BookSummary;
import io.transmute.examples.entity.Book;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;

/** The service layer: each call is one transaction, and converts entities with BookMapper. */
public final class BookService {
    private final BookMapper mapper = Converters.get(BookMapper.class);
    private final EntityManagerFactory database;
    /** Page counts by ISBN, from the publisher's catalogue: not in our database. */
    private final Map<String, Integer> catalogue;

    public BookService(EntityManagerFactory database, Map<String, Integer> catalogue) {
        this.database = database;
        this.catalogue = catalogue;
    }

    /** All books, in one query: the author and tags are fetched with the books. */
    public List<BookSummary> list() {
        return database.callInTransaction(em -> mapper.summaries(em.createQuery(
                "select b from Book b join fetch b.author left join fetch b.tags order by b.title", Book.class)
                .getResultList()));
    }

    /** One book: the converter reads its lazy author, reviews and tags as it needs them. */
    public BookDto show(long id) {
        return database.callInTransaction(em -> {
            Book book = find(em, id);
            return mapper.toDto(book, pageCount(book));
        });
    }

    /** Creates a book; an unknown author or tag id fails with UnknownEntityException, writing nothing. */
    public long create(BookForm form) {
        return database.callInTransaction(em -> {
            Book book = mapper.create(form, em);
            em.persist(book);
            return book.getId();
        });
    }

    /** Changes a book from a form that was filled from the given version, and returns it as saved. */
    public BookDto update(long id, BookEdit edit) {
        return database.callInTransaction(em -> {
            Book book = find(em, id);
            if (book.getVersion() != edit.version()) {
                throw new OptimisticLockException("Book " + id + " was changed since version " + edit.version());
            }
            mapper.update(edit, book, em);
            em.flush(); // so that the new version and the new reviews' ids show in the result
            return mapper.toDto(book, pageCount(book));
        });
    }

    /** Deletes a book and, by cascade, its reviews. */
    public void delete(long id) {
        database.runInTransaction(em -> em.remove(find(em, id)));
    }

    public long count() {
        return database.callInTransaction(em -> em.createQuery("select count(b) from Book b", Long.class)
                .getSingleResult());
    }

    private static Book find(EntityManager em, long id) {
        Book book = em.find(Book.class, id);
        if (book == null) {
            throw new EntityNotFoundException("No Book with id " + id);
        }
        return book;
    }

    private int pageCount(Book book) {
        return catalogue.getOrDefault(book.getIsbn(), 0);
    }
}

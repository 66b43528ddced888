package io.transmute.tests.jpa;

import io.transmute.Converter;
import io.transmute.Unloaded;
import io.transmute.tests.jpa.Bookstore.Book;
import java.util.List;
import java.util.Set;

/** Id flattening: authorId from author, tagIds from tags. */
public interface BookRefMapper {

    record BookRef(Long id, String title, Long authorId) {
    }

    record BookTagIds(Long id, Set<Long> tagIds) {
    }

    record BookPrimitiveRef(long id, long authorId) {
    }

    @Converter
    BookRef ref(Book book);

    @Converter(unloaded = Unloaded.SKIP)
    BookRef refSkipping(Book book);

    @Converter
    BookTagIds tagIds(Book book);

    @Converter
    BookPrimitiveRef primitiveRef(Book book);

    @Converter(unloaded = Unloaded.SKIP)
    List<BookViews.BookDto> summaries(List<Book> books);
}

package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import io.transmute.Link;
import io.transmute.Unloaded;
import io.transmute.tests.jparegressions.Library.Book;
import java.util.List;
import java.util.Set;

/** Findings 10 and 13: ids read from a book's lazy associations and collections. */
public interface LibraryReads {

    /** {@code writerId} is linked explicitly, {@code authorId} and {@code categoryId} are flattened. */
    record BookRef(String title, Long writerId, Long authorId, Long categoryId) {
    }

    @Converter(unloaded = Unloaded.SKIP)
    @Link(from = "author.id", to = "writerId")
    BookRef skip(Book book);

    @Converter(unloaded = Unloaded.FAIL)
    @Link(from = "author.id", to = "writerId")
    BookRef fail(Book book);

    /** {@code categoryIds} from {@code categories}, {@code tagIds} from {@code tags}. */
    record BookIds(Long id, Long authorId, Set<Long> tagIds, List<Long> categoryIds) {
    }

    @Converter
    BookIds ids(Book book);
}

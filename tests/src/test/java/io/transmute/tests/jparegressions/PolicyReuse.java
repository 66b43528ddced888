package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import io.transmute.Unloaded;
import io.transmute.tests.jparegressions.Library.Author;
import io.transmute.tests.jparegressions.Library.Book;
import java.util.List;
import java.util.Set;

/** Finding 3: a converter reuses another @Converter for a nested value only if their policies match. */
final class PolicyReuse {
    private PolicyReuse() {
    }

    record BookSummary(Long id, String title) {
    }

    record AuthorDto(String name, Set<String> nicknames, List<BookSummary> books) {
    }

    record BookDto(String title, AuthorDto author) {
    }

    /** A LOAD author converter next to a SKIP book converter that nests an author. */
    public interface LoadAuthorSkipBook {
        @Converter
        AuthorDto author(Author author);

        @Converter(unloaded = Unloaded.SKIP)
        BookDto skip(Book book);
    }

    /** The other way round: a SKIP author converter next to a LOAD book converter. */
    public interface SkipAuthorLoadBook {
        @Converter(unloaded = Unloaded.SKIP)
        AuthorDto author(Author author);

        @Converter
        BookDto load(Book book);
    }
}

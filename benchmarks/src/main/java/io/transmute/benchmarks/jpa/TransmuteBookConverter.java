package io.transmute.benchmarks.jpa;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.Unloaded;
import io.transmute.benchmarks.jpa.dto.BookDto;
import io.transmute.benchmarks.jpa.entity.Book;
import io.transmute.benchmarks.jpa.entity.Tag;
import java.util.List;

/** Books to DTOs, once per unloaded policy: Transmute implements them at compile time. */
public interface TransmuteBookConverter {

    /** Reads lazy associations, as hand-written code does (a query each when not loaded). */
    @Converter
    List<BookDto> toDtos(List<Book> books);

    /** Leaves what is not loaded empty: never a query. */
    @Converter(unloaded = Unloaded.SKIP)
    List<BookDto> toDtosSkippingUnloaded(List<Book> books);

    /** Throws when something is not loaded: a forgotten join fetch fails instead of running N+1 queries. */
    @Converter(unloaded = Unloaded.FAIL)
    List<BookDto> toDtosFailingOnUnloaded(List<Book> books);

    @Coercer
    static String label(Tag tag) {
        return tag.getLabel();
    }
}

package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.linking.RootPathsIntoNested.Author;
import io.transmute.tests.linking.RootPathsIntoNested.Book;
import io.transmute.tests.linking.RootPathsIntoNested.BookDto;
import io.transmute.tests.linking.RootPathsIntoNested.Publisher;
import io.transmute.tests.linking.RootPathsIntoNested.PublisherDto;
import io.transmute.tests.linking.RootPathsIntoNested.Review;
import io.transmute.tests.linking.RootPathsIntoNested.ReviewDto;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootPathsIntoNestedTest {
    private final RootPathsIntoNested converter = Converters.get(RootPathsIntoNested.class);

    @Test
    void rootValuesReachEveryElementAndTheNestedModel() {
        Book book = new Book("Dune", new Author("Frank"), new Publisher("Chilton"),
                List.of(new Review("great"), new Review("long")));

        BookDto dto = converter.convert(book);

        assertEquals(new BookDto("Dune", new PublisherDto("Chilton", "Frank"),
                List.of(new ReviewDto("great", "Dune", "Frank"), new ReviewDto("long", "Dune", "Frank"))), dto);
    }

    @Test
    void nullOnTheRootPathGivesNullInside() {
        Book book = new Book(null, null, new Publisher("Chilton"), List.of(new Review("great")));

        BookDto dto = converter.convert(book);

        assertEquals(new BookDto(null, new PublisherDto("Chilton", null),
                List.of(new ReviewDto("great", null, null))), dto);
    }
}

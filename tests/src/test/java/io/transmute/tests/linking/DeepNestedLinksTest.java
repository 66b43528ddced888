package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.linking.DeepNestedLinks.Address;
import io.transmute.tests.linking.DeepNestedLinks.Author;
import io.transmute.tests.linking.DeepNestedLinks.Book;
import io.transmute.tests.linking.DeepNestedLinks.BookDto;
import io.transmute.tests.linking.DeepNestedLinks.Comment;
import io.transmute.tests.linking.DeepNestedLinks.Home;
import io.transmute.tests.linking.DeepNestedLinks.Review;
import io.transmute.tests.linking.DeepNestedLinks.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeepNestedLinksTest {
    private final DeepNestedLinks converter = Converters.get(DeepNestedLinks.class);

    @Test
    void linksReachTwoLevelsDownAndIntoRenamedListElements() {
        Book book = new Book(new Author("Frank", new Address("Tacoma")),
                List.of(new Comment("great", 5), new Comment("dry", 2)));

        BookDto dto = converter.convert(book);

        assertEquals(new BookDto(new Writer("Frank", new Home("Tacoma")),
                List.of(new Review("great", 5), new Review("dry", 2))), dto);
    }

    @Test
    void nullsOnTheWayDown() {
        assertEquals(new BookDto(new Writer("Frank", null), null),
                converter.convert(new Book(new Author("Frank", null), null)));
        assertEquals(new BookDto(null, List.of()), converter.convert(new Book(null, List.of())));
    }
}

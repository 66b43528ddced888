package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.linking.ParameterLinks.Book;
import io.transmute.tests.linking.ParameterLinks.BookDto;
import io.transmute.tests.linking.ParameterLinks.Review;
import io.transmute.tests.linking.ParameterLinks.ReviewDto;
import io.transmute.tests.linking.ParameterLinks.Writer;
import io.transmute.tests.linking.ParameterLinks.WriterDto;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterLinksTest {
    private final ParameterLinks converter = Converters.get(ParameterLinks.class);

    @Test
    void parametersReachTopLevelNestedModelAndEveryElement() {
        Book book = new Book("Dune", new Writer("Frank"), List.of(new Review("great"), new Review("long")));

        BookDto dto = converter.convert(book, "B-12", "classic", "ann", 3);

        assertEquals(new BookDto("Dune", "B-12", new WriterDto("Frank", "classic"),
                List.of(new ReviewDto("great", "ann", 3), new ReviewDto("long", "ann", 3))), dto);
    }

    @Test
    void nullParametersAndNullNestedSources() {
        BookDto dto = converter.convert(new Book("Dune", null, null), null, null, null, 0);

        assertEquals(new BookDto("Dune", null, null, null), dto);
        assertNull(converter.convert(null, "B-12", "classic", "ann", 3));
    }
}

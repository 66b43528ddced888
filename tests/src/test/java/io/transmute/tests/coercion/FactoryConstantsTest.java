package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.coercion.FactoryConstants.Book;
import io.transmute.tests.coercion.FactoryConstants.BookDto;
import io.transmute.tests.coercion.FactoryConstants.Calls;
import io.transmute.tests.coercion.FactoryConstants.Review;
import io.transmute.tests.coercion.FactoryConstants.ReviewDto;
import io.transmute.tests.coercion.FactoryConstants.Writer;
import io.transmute.tests.coercion.FactoryConstants.WriterDto;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactoryConstantsTest {
    private final FactoryConstants converter = Converters.get(FactoryConstants.class);

    @BeforeEach
    void resetCounters() {
        Calls.serials = 0;
        Calls.batches = 0;
        Calls.stamps = 0;
    }

    @Test
    void eachFactoryRunsOncePerConversionAndElementsShareItsValue() {
        Book book = new Book("Dune", new Writer("Frank"),
                List.of(new Review("great"), new Review("long"), new Review("sandy")));

        BookDto dto = converter.convert(book);

        assertEquals(1, Calls.serials);
        assertEquals(1, Calls.batches);
        assertEquals(1, Calls.stamps);
        assertEquals(new BookDto("Dune", 1, new WriterDto("Frank", "stamp-1"),
                List.of(new ReviewDto("great", 1001L), new ReviewDto("long", 1001L), new ReviewDto("sandy", 1001L))),
                dto);
    }

    @Test
    void eachConversionCallsTheFactoriesAgain() {
        Book book = new Book("Dune", new Writer("Frank"), List.of(new Review("great"), new Review("dry")));

        converter.convert(book);
        BookDto second = converter.convert(book);

        assertEquals(2, Calls.serials);
        assertEquals(2, Calls.batches);
        assertEquals(2, Calls.stamps);
        assertEquals(2, second.serial());
        assertEquals(List.of(new ReviewDto("great", 1002L), new ReviewDto("dry", 1002L)), second.reviews());
        assertEquals("stamp-2", second.writer().stamp());
    }
}

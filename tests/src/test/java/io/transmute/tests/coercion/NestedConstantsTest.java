package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.coercion.NestedConstants.Book;
import io.transmute.tests.coercion.NestedConstants.BookDto;
import io.transmute.tests.coercion.NestedConstants.Review;
import io.transmute.tests.coercion.NestedConstants.ReviewDto;
import io.transmute.tests.coercion.NestedConstants.Source;
import io.transmute.tests.coercion.NestedConstants.Writer;
import io.transmute.tests.coercion.NestedConstants.WriterDto;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NestedConstantsTest {
    private final NestedConstants converter = Converters.get(NestedConstants.class);

    @Test
    void constantsFillNestedModelElementsAndOptionalContent() {
        Book book = new Book(new Writer("Frank"), List.of(new Review("a"), new Review("b")),
                Optional.of(new Writer("Ed")));

        BookDto dto = converter.convert(book);

        assertEquals(new BookDto(new WriterDto("Frank", 5),
                List.of(new ReviewDto("a", Source.IMPORT), new ReviewDto("b", Source.IMPORT)),
                Optional.of(new WriterDto("Ed", -1))), dto);
    }

    @Test
    void nullNestedModelStaysNullDespiteConstants() {
        BookDto dto = converter.convert(new Book(null, null, Optional.empty()));

        assertEquals(new BookDto(null, null, Optional.empty()), dto);
    }
}

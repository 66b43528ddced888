package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.linking.SameNameParameters.Book;
import io.transmute.tests.linking.SameNameParameters.BookDto;
import io.transmute.tests.linking.SameNameParameters.Writer;
import io.transmute.tests.linking.SameNameParameters.WriterDto;
import org.junit.jupiter.api.Test;

class SameNameParametersTest {
    private final SameNameParameters converter = Converters.get(SameNameParameters.class);

    @Test
    void parameterBeatsSourcePropertyOnlyAtTopLevel() {
        Book book = new Book("Dune", 2, new Writer("Frank", "Mr"));

        BookDto dto = converter.convert(book, "Dune (annotated)");

        assertEquals(new BookDto("Dune (annotated)", 2, new WriterDto("Frank", "Mr")), dto);
    }

    @Test
    void nullParameterStillBeatsTheSourceProperty() {
        BookDto dto = converter.convert(new Book("Dune", 2, null), null);

        assertEquals(new BookDto(null, 2, null), dto);
    }
}

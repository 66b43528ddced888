package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.RecordModels.Book;
import io.transmute.tests.models.RecordModels.BookDto;
import org.junit.jupiter.api.Test;

class RecordModelsTest {
    private final RecordModels converter = Converters.get(RecordModels.class);

    @Test
    void readsComponentsAndGettersAndCreatesByTheCanonicalConstructor() {
        BookDto dto = converter.convert(new Book("Dune", "Part One", 412));

        // The compact canonical constructor upper-cases the title.
        assertEquals(new BookDto("DUNE", "Dune: Part One", 412), dto);
    }
}

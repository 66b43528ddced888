package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.models.NullModels.Book;
import io.transmute.tests.models.NullModels.BookBean;
import io.transmute.tests.models.NullModels.BookDto;
import org.junit.jupiter.api.Test;

class NullModelsTest {
    private final NullModels converter = Converters.get(NullModels.class);

    @Test
    void aNullSourceGivesNull() {
        assertNull(converter.convert(null));
        assertNull(converter.toBean(null));
    }

    @Test
    void aNullNestedModelGivesNull() {
        assertEquals(new BookDto("Dune", null), converter.convert(new Book("Dune", null)));
    }

    @Test
    void aNullNestedModelIsSetAsNullOnABean() {
        BookBean bean = converter.toBean(new Book("Dune", null));

        assertEquals("Dune", bean.getTitle());
        assertNull(bean.getAuthor());
    }
}

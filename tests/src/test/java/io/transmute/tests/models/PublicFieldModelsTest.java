package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.PublicFieldModels.BookFields;
import io.transmute.tests.models.PublicFieldModels.BookRecord;
import io.transmute.tests.models.PublicFieldModels.Shadowed;
import org.junit.jupiter.api.Test;

class PublicFieldModelsTest {
    private final PublicFieldModels converter = Converters.get(PublicFieldModels.class);

    @Test
    void readsPublicFields() {
        BookFields book = new BookFields();
        book.title = "Dune";
        book.pages = 412;

        assertEquals(new BookRecord("Dune", 412), converter.toRecord(book));
    }

    @Test
    void assignsPublicFields() {
        BookFields book = converter.toFields(new BookRecord("Dune", 412));

        assertEquals("Dune", book.title);
        assertEquals(412, book.pages);
    }

    @Test
    void aGetterWinsOverThePublicFieldOfTheSameName() {
        Shadowed book = new Shadowed();
        book.pages = 7;

        assertEquals(new BookRecord("from the getter", 7), converter.fromShadowed(book));
    }
}

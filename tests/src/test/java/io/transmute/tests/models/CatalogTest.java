package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.Catalog.Book;
import io.transmute.tests.models.Catalog.BookDto;
import io.transmute.tests.models.Catalog.Shelf;
import io.transmute.tests.models.Catalog.ShelfDto;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void aNestedInterfaceIsImplementedByOuterUnderscoreInnerImpl() {
        Catalog.Mapper viaGet = Converters.get(Catalog.Mapper.class);

        assertEquals(Catalog_MapperImpl.class, viaGet.getClass());
        assertEquals(new BookDto("Dune"), viaGet.convert(new Book("Dune")));
        assertEquals(new BookDto("Emma"), new Catalog_MapperImpl().convert(new Book("Emma")));
    }

    @Test
    void everyEnclosingTypeIsPartOfTheName() {
        Catalog.Section.Mapper viaGet = Converters.get(Catalog.Section.Mapper.class);

        assertEquals(Catalog_Section_MapperImpl.class, viaGet.getClass());
        assertEquals(new ShelfDto("A1"), viaGet.convert(new Shelf("A1")));
        assertEquals(new ShelfDto("B2"), new Catalog_Section_MapperImpl().convert(new Shelf("B2")));
    }
}

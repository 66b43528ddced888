package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.ConstructorModels.BookRecord;
import io.transmute.tests.models.ConstructorModels.BookValue;
import io.transmute.tests.models.ConstructorModels.Edition;
import io.transmute.tests.models.ConstructorModels.MixedBook;
import io.transmute.tests.models.ConstructorModels.NoArgFirst;
import org.junit.jupiter.api.Test;

class ConstructorModelsTest {
    private final ConstructorModels converter = Converters.get(ConstructorModels.class);
    private final BookRecord dune = new BookRecord("Dune", 412, 1965);

    @Test
    void createsAnImmutableClassByItsConstructor() {
        BookValue value = converter.toValue(dune);

        assertEquals("Dune", value.getTitle());
        assertEquals(412, value.getPages());
        assertEquals(1965, value.getYear());
    }

    @Test
    void withersAreNoSetters() {
        ConstructorModels.WitherBook book = converter.toWither(dune);

        assertEquals("Dune", book.getTitle());
        assertEquals(412, book.getPages());
    }

    @Test
    void readsAnImmutableClassThroughItsGetters() {
        assertEquals(dune, converter.fromValue(new BookValue("Dune", 1965, 412)));
    }

    @Test
    void usesTheAccessibleConstructorWithTheMostMatchingParameters() {
        Edition edition = converter.toEdition(dune);

        assertEquals("title and pages", edition.getHow());
        assertEquals("Dune", edition.getTitle());
        assertEquals(412, edition.getPages());
        assertEquals(-1, edition.getYear());
    }

    @Test
    void setsThePropertiesTheConstructorLeavesWithSetters() {
        MixedBook book = converter.toMixed(dune);

        assertEquals("Dune", book.getTitle());
        assertEquals(412, book.getPages());
        assertEquals(1965, book.getYear());
    }

    @Test
    void prefersTheNoArgumentConstructorAndSetters() {
        NoArgFirst book = converter.toNoArgFirst(dune);

        assertEquals("Dune", book.getTitle());
        assertEquals(412, book.getPages());
    }
}

package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import org.junit.jupiter.api.Test;

class ConvertersLookupTest {

    /** Declares no @Converter method: nothing is generated for it. */
    interface NotAConverter {
        String describe();
    }

    @Test
    void returnsTheSameInstanceEveryTime() {
        RecordModels first = Converters.get(RecordModels.class);

        assertSame(first, Converters.get(RecordModels.class));
        assertEquals(RecordModelsImpl.class, first.getClass());
    }

    @Test
    void newCreatesAnotherWorkingInstance() {
        RecordModels created = new RecordModelsImpl();

        assertNotSame(Converters.get(RecordModels.class), created);
        assertEquals(new RecordModels.BookDto("DUNE", "Dune: I", 1),
                created.convert(new RecordModels.Book("Dune", "I", 1)));
    }

    @Test
    void throwsIllegalArgumentExceptionNamingATypeWithoutImplementation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Converters.get(NotAConverter.class));

        assertTrue(e.getMessage().contains(NotAConverter.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("io.transmute.tests.models.ConvertersLookupTest_NotAConverterImpl"),
                e.getMessage());
    }
}

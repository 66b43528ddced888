package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.transmute.Converters;
import io.transmute.tests.regressions.DiamondConverters.Book;
import io.transmute.tests.regressions.DiamondConverters.BookDto;
import io.transmute.tests.regressions.DiamondConverters.Both;
import org.junit.jupiter.api.Test;

/** Finding 13: {@code Both extends Reading, Writing}, one converter method inherited twice. */
class RegressionDiamondConvertersTest {

    @Test
    void theSubinterfaceImplementationConverts() {
        Both both = Converters.get(Both.class);

        assertSame(DiamondConverters_BothImpl.class, both.getClass());
        assertEquals(new BookDto("Dune", 412), both.convert(new Book("Dune", 412)));
        assertNull(both.convert(null));
    }

    @Test
    void itServesAsEitherSuperinterface() {
        DiamondConverters.Reading reading = new DiamondConverters_BothImpl();
        DiamondConverters.Writing writing = new DiamondConverters_BothImpl();

        assertEquals(new BookDto("a", 1), reading.convert(new Book("a", 1)));
        assertEquals(new BookDto("b", 2), writing.convert(new Book("b", 2)));
    }
}

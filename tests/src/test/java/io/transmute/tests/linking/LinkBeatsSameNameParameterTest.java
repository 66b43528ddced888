package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.linking.LinkBeatsSameNameParameter.Book;
import io.transmute.tests.linking.LinkBeatsSameNameParameter.BookDto;
import io.transmute.tests.linking.LinkBeatsSameNameParameter.Person;
import io.transmute.tests.linking.LinkBeatsSameNameParameter.PersonDto;
import org.junit.jupiter.api.Test;

class LinkBeatsSameNameParameterTest {
    private final LinkBeatsSameNameParameter converter = Converters.get(LinkBeatsSameNameParameter.class);

    @Test
    void linkWinsOverParameterAndModelParameterIsConverted() {
        BookDto dto = converter.convert(new Book("Dune", "Messiah", new Person("source author")),
                "parameter title", new Person("parameter author"));

        assertEquals(new BookDto("Messiah", new PersonDto("parameter author")), dto);
    }
}

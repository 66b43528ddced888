package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.AllowUnlinked.Book;
import io.transmute.tests.models.AllowUnlinked.BookBean;
import io.transmute.tests.models.AllowUnlinked.BookDto;
import io.transmute.tests.models.AllowUnlinked.Draft;
import io.transmute.tests.models.AllowUnlinked.Person;
import io.transmute.tests.models.AllowUnlinked.PersonDto;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllowUnlinkedTest {
    private final AllowUnlinked converter = Converters.get(AllowUnlinked.class);

    @Test
    void leavesNullAndEmptyOptionalIncludingInsideANestedModel() {
        BookDto dto = converter.convert(new Book("Dune", new Person("Frank")));

        assertEquals(new BookDto("Dune", null, Optional.empty(), new PersonDto("Frank", null)), dto);
    }

    @Test
    void stillLinksASourcePropertyOfTheSameName() {
        BookDto dto = converter.convertDraft(new Draft("Dune", "first pass", new Person("Frank")));

        assertEquals(new BookDto("Dune", "first pass", Optional.empty(), new PersonDto("Frank", null)), dto);
    }

    @Test
    void aJavaBeanKeepsItsFieldInitialValuesAndTheSetterIsNotCalled() {
        BookBean bean = converter.toBean(new Book("Dune", new Person("Frank")));

        assertEquals("Dune", bean.getTitle());
        assertEquals("draft", bean.getStatus());
        assertEquals(0, bean.statusWrites());
        assertEquals("A1", bean.shelf);
    }
}

package io.transmute.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.models.GenericModels.Book;
import io.transmute.tests.models.GenericModels.BookDto;
import io.transmute.tests.models.GenericModels.BookDtoBox;
import io.transmute.tests.models.GenericModels.BookPage;
import io.transmute.tests.models.GenericModels.Box;
import io.transmute.tests.models.GenericModels.Labeled;
import io.transmute.tests.models.GenericModels.Page;
import io.transmute.tests.models.GenericModels.PageDto;
import io.transmute.tests.models.GenericModels.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericModelsTest {
    private final GenericModels converter = Converters.get(GenericModels.class);

    @Test
    void convertsAPageOfBooksToAPageOfDtos() {
        PageDto<BookDto> dto = converter.convert(new Page<>(List.of(new Book("Dune"), new Book("Emma")), 7));

        assertEquals(new PageDto<>(List.of(new BookDto("Dune"), new BookDto("Emma")), 7), dto);
    }

    @Test
    void resolvesTypeArgumentsOfAGenericSuperclass() {
        PageDto<BookDto> dto = converter.fromBookPage(new BookPage(List.of(new Book("Dune"))));

        assertEquals(new PageDto<>(List.of(new BookDto("Dune")), 1), dto);
    }

    @Test
    void fillsAGenericJavaBean() {
        Box<BookDto> box = converter.box(new Labeled<>("best", new Book("Dune")));

        assertEquals(new BookDto("Dune"), box.getContent());
    }

    @Test
    void readsAGenericJavaBean() {
        Box<Book> box = new Box<>();
        box.setContent(new Book("Emma"));

        assertEquals(new Labeled<>("classic", new BookDto("Emma")), converter.label(box, "classic"));
    }

    @Test
    void fillsASubclassThatFixesTheTypeArgument() {
        BookDtoBox box = converter.toBookDtoBox(new Labeled<>("best", new Book("Dune")));

        assertEquals(new BookDto("Dune"), box.getContent());
    }

    @Test
    void convertsBetweenParameterizationsOfTheSameGenericModel() {
        Pair<BookDto, Page<BookDto>> pair = converter.convertPair(
                new Pair<>(new Book("Dune"), new Page<>(List.of(new Book("Emma")), 1)));

        assertEquals(new Pair<>(new BookDto("Dune"), new Page<>(List.of(new BookDto("Emma")), 1)), pair);
    }
}

package io.transmute.tests.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.tutorial.PuttingTogether.Author;
import io.transmute.tests.tutorial.PuttingTogether.AuthorDto;
import io.transmute.tests.tutorial.PuttingTogether.Book;
import io.transmute.tests.tutorial.PuttingTogether.BookDto;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PuttingTogetherTest {
    private final PuttingTogether converter = Converters.get(PuttingTogether.class);

    @Test
    void combinesParametersRenamingAndCoercers() {
        Book book = new Book(UUID.fromString("87000388-94e6-49a4-b51b-320e38577bd9"), "Fahrenheit 451",
                new Author("Ray", "Bradbury", LocalDate.of(1920, 7, 22)), "978-0-7432-4722-1");

        BookDto dto = converter.convert(book, 158, 4.8);

        assertEquals(new BookDto("87000388-94e6-49a4-b51b-320e38577bd9", "Fahrenheit 451",
                new AuthorDto("Ray", "Bradbury", "1920-07-22"), 158, 4.8), dto);
    }
}

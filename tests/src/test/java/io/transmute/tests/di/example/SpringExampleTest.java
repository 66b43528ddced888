package io.transmute.tests.di.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.transmute.tests.di.example.AuthorConverter.Author;
import io.transmute.tests.di.example.BookConverter.Book;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The README's Spring example, compiled by the module's own build and run in a Spring context. */
class SpringExampleTest {

    @Test
    void theServiceGetsTheConverterAndTheConverterGetsTheOneItUses() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.scan("io.transmute.tests.di.example");
            context.refresh();

            BookService service = context.getBean(BookService.class);
            assertEquals("BookDto[title=The Dispossessed, author=AuthorDto[name=Ursula K. Le Guin, born=1929-10-21]]",
                    service.describe(new Book("The Dispossessed",
                            new Author("Ursula K. Le Guin", LocalDate.of(1929, 10, 21)))).toString());
            assertSame(context.getBean(AuthorConverter.class), context.getBean(AuthorConverterImpl.class));
        }
    }
}

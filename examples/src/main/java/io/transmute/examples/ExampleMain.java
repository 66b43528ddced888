package io.transmute.examples;

import io.transmute.Converters;
import java.util.List;
import java.util.UUID;

/** Converts a book with the generated BookMapperImpl and prints the result. */
public final class ExampleMain {
    private ExampleMain() {
    }

    public static void main(String[] args) {
        BookMapper mapper = Converters.get(BookMapper.class);
        Book book = new Book(
                UUID.fromString("87000388-94e6-49a4-b51b-320e38577bd9"),
                "Fahrenheit 451",
                new Book.Author("Ray Bradbury", "US"),
                1299,
                List.of(new Book.Review("ann", 5, "A classic."), new Book.Review("bob", 4, "Still relevant.")),
                Book.Genre.SCIENCE_FICTION);

        BookDto dto = mapper.toDto(book, 158);

        System.out.println("Book entity : " + book);
        System.out.println("BookDto     : " + dto);
        System.out.println("Reviews only: " + mapper.toReviewDtos(book.reviews()));
    }
}

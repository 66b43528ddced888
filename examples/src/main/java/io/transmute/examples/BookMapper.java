package io.transmute.examples;

import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.Link;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The converters of the example: Transmute writes BookMapperImpl at compile time. */
public interface BookMapper {

    @Converter
    @Link(from = "author", to = "writer")
    @Link(from = "priceCents", to = "price", coercer = "centsToEuros")
    BookDto toDto(Book entity, int pageCount);

    @Converter
    List<BookDto.ReviewDto> toReviewDtos(List<Book.Review> reviews);

    static BigDecimal centsToEuros(int cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    @Coercer
    static String idText(UUID id) {
        return id.toString();
    }
}

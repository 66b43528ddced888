package io.transmute.tests.linking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.linking.RelativeElementPaths.Book;
import io.transmute.tests.linking.RelativeElementPaths.BookDto;
import io.transmute.tests.linking.RelativeElementPaths.Review;
import io.transmute.tests.linking.RelativeElementPaths.ReviewDto;
import io.transmute.tests.linking.RelativeElementPaths.Reviewer;
import io.transmute.tests.linking.RelativeElementPaths.ReviewerDto;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelativeElementPathsTest {
    private final RelativeElementPaths converter = Converters.get(RelativeElementPaths.class);

    @Test
    void eachElementReadsItsOwnValues() {
        Review one = new Review("meh", 1, new Reviewer("ann"));
        Review five = new Review("wow", 5, new Reviewer("bo"));
        Review three = new Review("ok", 3, null);

        BookDto dto = converter.convert(new Book(List.of(one, five), new Review[] {five, three}, Optional.of(three)));

        ReviewDto oneDto = new ReviewDto("meh", 1, new ReviewerDto("ann"));
        ReviewDto fiveDto = new ReviewDto("wow", 5, new ReviewerDto("bo"));
        ReviewDto threeDto = new ReviewDto("ok", 3, null);
        assertEquals(List.of(oneDto, fiveDto), dto.reviews());
        assertArrayEquals(new ReviewDto[] {fiveDto, threeDto}, dto.featured());
        assertEquals(Optional.of(threeDto), dto.best());
    }

    @Test
    void nullElementsAndEmptyOptional() {
        BookDto dto = converter.convert(new Book(Arrays.asList(null, new Review("x", 2, null)), null,
                Optional.empty()));

        assertEquals(Arrays.asList(null, new ReviewDto("x", 2, null)), dto.reviews());
        assertEquals(null, dto.featured());
        assertEquals(Optional.empty(), dto.best());
    }
}

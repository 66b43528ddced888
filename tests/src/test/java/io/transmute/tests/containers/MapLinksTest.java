package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links that reach into a Map apply to its values: the keys are not models. */
class MapLinksTest {

    @Test
    void linksOfATopLevelMapConverterApplyToTheValues() {
        TopLevelMapLinks converter = Converters.get(TopLevelMapLinks.class);
        Map<String, TopLevelMapLinks.Book> books = new LinkedHashMap<>();
        books.put("z", new TopLevelMapLinks.Book("Dune", 412));
        books.put("a", new TopLevelMapLinks.Book("Emma", 474));

        Map<String, TopLevelMapLinks.BookDto> dtos = converter.toMap(books);

        Map<String, TopLevelMapLinks.BookDto> expected = new LinkedHashMap<>();
        expected.put("z", new TopLevelMapLinks.BookDto("Dune", 412));
        expected.put("a", new TopLevelMapLinks.BookDto("Emma", 474));
        assertEquals(expected, dtos);
        assertEquals(LinkedHashMap.class, dtos.getClass());
        assertEquals(List.of("z", "a"), List.copyOf(dtos.keySet()));
        assertNull(converter.toMap(null));
    }

    @Test
    void relativeLinkAppliesToEachValueOfAMapProperty() {
        MapPropertyLinks converter = Converters.get(MapPropertyLinks.class);
        Map<String, MapPropertyLinks.Review> byReviewer = new LinkedHashMap<>();
        byReviewer.put("ann", new MapPropertyLinks.Review("great", 5));
        byReviewer.put("bo", new MapPropertyLinks.Review("dry", 2));

        MapPropertyLinks.BookDto dto = converter.convert(new MapPropertyLinks.Book(byReviewer));

        assertEquals(Map.of("ann", new MapPropertyLinks.ReviewDto("great", 5),
                "bo", new MapPropertyLinks.ReviewDto("dry", 2)), dto.byReviewer());
    }
}

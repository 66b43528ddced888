package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Links that reach into a Map apply to its values (the String keys are not models): on a
 * top-level Map converter, and per value of a Map property. Compiled in-process, see
 * {@link InProcessCompiler}, because the processor currently rejects both; once it accepts them,
 * these converters belong in ordinary source files like the other tests.
 */
class MapLinksTest {
    private static final String TOP_LEVEL = """
            package maps;

            import io.transmute.Converter;
            import io.transmute.Link;
            import java.util.Map;

            public interface TopLevelMap {
                record Book(String title, int pages) {
                }

                record BookDto(String name, int pages) {
                }

                @Converter
                @Link(from = "title", to = "name")
                Map<String, BookDto> toMap(Map<String, Book> books);
            }
            """;

    private static final String PROPERTY = """
            package maps;

            import io.transmute.Converter;
            import io.transmute.Link;
            import java.util.Map;

            public interface MapProperty {
                record Review(String text, int stars) {
                }

                record ReviewDto(String text, int rating) {
                }

                record Book(Map<String, Review> byReviewer) {
                }

                record BookDto(Map<String, ReviewDto> byReviewer) {
                }

                @Converter
                @Link(from = "byReviewer.stars", to = "byReviewer.rating")
                BookDto convert(Book book);
            }
            """;

    @Test
    void linksOfATopLevelMapConverterApplyToTheValues() throws ReflectiveOperationException {
        ClassLoader loader = InProcessCompiler.compile("maps.TopLevelMap", TOP_LEVEL);
        Object converter = InProcessCompiler.create(loader, "maps.TopLevelMapImpl");
        Method toMap = loader.loadClass("maps.TopLevelMap").getMethod("toMap", Map.class);
        Map<String, Object> books = new LinkedHashMap<>();
        books.put("z", InProcessCompiler.create(loader, "maps.TopLevelMap$Book", "Dune", 412));
        books.put("a", InProcessCompiler.create(loader, "maps.TopLevelMap$Book", "Emma", 474));

        Object dtos = toMap.invoke(converter, books);

        assertEquals("{z=BookDto[name=Dune, pages=412], a=BookDto[name=Emma, pages=474]}", String.valueOf(dtos));
        assertEquals(LinkedHashMap.class, dtos.getClass());
        assertNull(toMap.invoke(converter, (Object) null));
    }

    @Test
    void relativeLinkAppliesToEachValueOfAMapProperty() throws ReflectiveOperationException {
        ClassLoader loader = InProcessCompiler.compile("maps.MapProperty", PROPERTY);
        Object converter = InProcessCompiler.create(loader, "maps.MapPropertyImpl");
        Class<?> book = loader.loadClass("maps.MapProperty$Book");
        Method convert = loader.loadClass("maps.MapProperty").getMethod("convert", book);
        Map<String, Object> byReviewer = new LinkedHashMap<>();
        byReviewer.put("ann", InProcessCompiler.create(loader, "maps.MapProperty$Review", "great", 5));
        byReviewer.put("bo", InProcessCompiler.create(loader, "maps.MapProperty$Review", "dry", 2));

        Object dto = convert.invoke(converter, InProcessCompiler.create(loader, "maps.MapProperty$Book", byReviewer));

        assertEquals("BookDto[byReviewer={ann=ReviewDto[text=great, rating=5], bo=ReviewDto[text=dry, rating=2]}]",
                String.valueOf(dto));
    }
}

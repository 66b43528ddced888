package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A top-level Map converter with a link: the link applies to the value conversion (the keys are
 * Strings, not models). Compiled in-process, see {@link InProcessCompiler}; written as a user would:
 *
 * <pre>{@code
 * @Converter
 * @Link(from = "title", to = "name")
 * Map<String, BookDto> toMap(Map<String, Book> books);
 * }</pre>
 */
class TopLevelMapConverterTest {
    private static final String SOURCE = """
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

    @Test
    void linksOfATopLevelMapConverterApplyToTheValues() throws ReflectiveOperationException {
        ClassLoader loader = InProcessCompiler.compile("maps.TopLevelMap", SOURCE);
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
}

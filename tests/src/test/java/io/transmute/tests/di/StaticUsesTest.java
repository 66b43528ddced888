package io.transmute.tests.di;

import static io.transmute.tests.di.InMemoryCompiler.compileCleanly;
import static io.transmute.tests.di.InMemoryCompiler.generated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Used types that offer only static methods, the utility classes MapStruct projects list in
 * {@code uses} most: called through the type, with nothing to create or inject.
 */
class StaticUsesTest {

    private static final JavaFileObject DATES = InMemoryCompiler.source("Dates", """
            public final class Dates {
                private Dates() {
                }

                @Coercer
                public static String iso(java.time.LocalDate date) {
                    return "iso " + date;
                }
            }
            """);

    private static final JavaFileObject PRICES = InMemoryCompiler.source("Prices", """
            public interface Prices {
                @Coercer
                static String euros(long cents) {
                    return cents / 100 + "." + String.format("%02d", cents % 100) + " EUR";
                }
            }
            """);

    private static final String BOOK_MAPPER_BODY = """
            public interface BookMapper {
                record Book(String title, java.time.LocalDate published, long price) {}
                record BookDto(String title, String published, String price) {}

                @Converter
                BookDto toDto(Book book);
            }
            """;

    private static final JavaFileObject RUN = InMemoryCompiler.source("Run", """
            public class Run implements java.util.function.Supplier<String> {
                @Override
                public String get() {
                    return new BookMapperImpl().toDto(new BookMapper.Book("Dune",
                            java.time.LocalDate.of(1965, 8, 1), 1250)).toString();
                }
            }
            """);

    @Test
    void aUtilityClassAndAnInterfaceOfStaticCoercersAreCalledThroughTheirType() throws Exception {
        JavaFileObject mapper = InMemoryCompiler.source("BookMapper",
                "@ConverterConfig(uses = {Dates.class, Prices.class})\n" + BOOK_MAPPER_BODY);

        Compilation compilation = compileCleanly(List.of(), DATES, PRICES, mapper, RUN);

        assertEquals("BookDto[title=Dune, published=iso 1965-08-01, price=12.50 EUR]",
                DefaultModelUsesTest.run(compilation));
        String implementation = generated(compilation, "p.BookMapperImpl");
        assertTrue(implementation.contains("Dates.iso(") && implementation.contains("Prices.euros(book.price())"),
                implementation);
        // No field and no constructor: there is nothing to hold.
        assertFalse(implementation.contains("private final") || implementation.contains("BookMapperImpl("),
                implementation);
    }

    @Test
    void aContainerIsNotAskedForAStaticUtility() throws Exception {
        JavaFileObject mapper = InMemoryCompiler.source("BookMapper",
                "@ConverterConfig(componentModel = ComponentModel.SPRING, uses = {Dates.class, Prices.class})\n"
                        + BOOK_MAPPER_BODY);

        Compilation compilation = compileCleanly(List.of(), DATES, PRICES, mapper, RUN);

        // The implicit no-argument constructor, which Spring calls; no parameter a container would fill.
        assertEquals("BookDto[title=Dune, published=iso 1965-08-01, price=12.50 EUR]",
                DefaultModelUsesTest.run(compilation));
        String implementation = generated(compilation, "p.BookMapperImpl");
        assertFalse(implementation.contains("BookMapperImpl("), implementation);
    }
}

package io.transmute.tests.spi;

import static io.transmute.tests.spi.SpiAccessorNamingTest.HEADER;
import static io.transmute.tests.spi.SpiBuildersTest.assertGenerated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.tests.spi.SpiCompiler.Output;
import io.transmute.tests.spi.SpiCompiler.Plugins;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's EnumMappingStrategy, as protobuf-spi-impl provides one: constants of a protobuf enum
 * carry its name as a prefix, which the strategy strips, and its UNSPECIFIED constant (and
 * UNRECOGNIZED) stand for null, in both directions.
 */
class SpiEnumStrategyTest {

    static final String PROTO_ENUMS = """
            package plugins;

            import javax.lang.model.element.Element;
            import javax.lang.model.element.ElementKind;
            import javax.lang.model.element.TypeElement;
            import org.mapstruct.ap.spi.DefaultEnumMappingStrategy;

            /** An enum whose first constant ends in _UNSPECIFIED is a protobuf enum. */
            public class ProtoEnums extends DefaultEnumMappingStrategy {
                private static final String NULL = "<NULL>";

                @Override
                public String getDefaultNullEnumConstant(TypeElement enumType) {
                    return unspecified(enumType);
                }

                @Override
                public String getEnumConstant(TypeElement enumType, String constant) {
                    String unspecified = unspecified(enumType);
                    if (unspecified == null) {
                        return constant;
                    }
                    if (constant.equals(unspecified) || constant.equals("UNRECOGNIZED")) {
                        return NULL;
                    }
                    String prefix = unspecified.substring(0, unspecified.length() - "UNSPECIFIED".length());
                    return constant.startsWith(prefix) ? constant.substring(prefix.length()) : constant;
                }

                @Override
                protected Class<? extends Exception> getUnexpectedValueMappingExceptionClass() {
                    return IllegalStateException.class;
                }

                private static String unspecified(TypeElement enumType) {
                    for (Element element : enumType.getEnclosedElements()) {
                        if (element.getKind() == ElementKind.ENUM_CONSTANT) {
                            String name = element.getSimpleName().toString();
                            return name.endsWith("_UNSPECIFIED") ? name : null;
                        }
                    }
                    return null;
                }
            }
            """;

    private static final String GENRE = HEADER + """
            public enum Genre { FICTION, SCIENCE }
            """;

    @Test
    void constantsMatchByTheStrategysNamesAndNullsByItsNullConstant() throws ReflectiveOperationException, IOException {
        try (Plugins plugins = SpiCompiler.plugins(Map.of("plugins/ProtoEnums.java", PROTO_ENUMS),
                Map.of("org.mapstruct.ap.spi.EnumMappingStrategy", List.of("plugins.ProtoEnums")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/Genre.java", GENRE,
                        "p/GenreMapper.java", HEADER + """
                                public interface GenreMapper {
                                    enum GenreProto { GENRE_PROTO_UNSPECIFIED, GENRE_PROTO_FICTION, GENRE_PROTO_SCIENCE, UNRECOGNIZED }

                                    record BookMessage(String title, GenreProto genre) {}

                                    record Book(String title, Genre genre) {}

                                    @Converter
                                    Genre fromProto(GenreProto genre);

                                    @Converter
                                    GenreProto toProto(Genre genre);

                                    @Converter
                                    Book fromMessage(BookMessage message);

                                    @Converter
                                    BookMessage toMessage(Book book);
                                }
                                """, "p/Demo.java", HEADER + """
                                public final class Demo {
                                    public static String run() {
                                        GenreMapper mapper = new GenreMapperImpl();
                                        List<Object> results = new ArrayList<>();
                                        for (GenreMapper.GenreProto proto : GenreMapper.GenreProto.values()) {
                                            results.add(mapper.fromProto(proto));
                                        }
                                        results.add(mapper.fromProto(null));
                                        for (Genre genre : Genre.values()) {
                                            results.add(mapper.toProto(genre));
                                        }
                                        results.add(mapper.toProto(null));
                                        results.add(mapper.fromMessage(new GenreMapper.BookMessage("Dune",
                                                GenreMapper.GenreProto.GENRE_PROTO_UNSPECIFIED)));
                                        results.add(mapper.toMessage(new GenreMapper.Book("Dune", null)));
                                        return results.toString();
                                    }

                                    public static String later() {
                                        try {
                                            return String.valueOf(new GenreMapperImpl().toProto(Genre.valueOf("POETRY")));
                                        } catch (IllegalStateException e) {
                                            return e.getMessage();
                                        }
                                    }
                                }
                                """))) {
            output.assertClean();
            assertEquals("[null, FICTION, SCIENCE, null, null, GENRE_PROTO_FICTION, GENRE_PROTO_SCIENCE,"
                    + " GENRE_PROTO_UNSPECIFIED, Book[title=Dune, genre=null],"
                    + " BookMessage[title=Dune, genre=GENRE_PROTO_UNSPECIFIED]]", output.run("p.Demo"));
            assertGenerated(output.generatedSource("p.GenreMapperImpl"), """
                    if (genre == null) {
                        return GenreMapper.GenreProto.GENRE_PROTO_UNSPECIFIED;
                    }
                    return switch (genre) {
                        case FICTION -> GenreMapper.GenreProto.GENRE_PROTO_FICTION;
                        case SCIENCE -> GenreMapper.GenreProto.GENRE_PROTO_SCIENCE;
                        default -> throw new IllegalStateException("Unexpected enum constant: " + genre);
                    };
                    """);

            // Genre gains a constant after the converter was compiled: the strategy's exception says so.
            output.recompile(Map.of("p/Genre.java", HEADER + "public enum Genre { FICTION, SCIENCE, POETRY }\n"));
            assertEquals("Unexpected enum constant: POETRY", output.call("p.Demo", "later"));
        }
    }

    /**
     * Keys converted by a mapping that gives two constants the same result (both UNSPECIFIED and
     * UNRECOGNIZED become null) are checked, so that a value is never lost; keys whose mapping
     * gives each constant its own are copied without a check.
     */
    @Test
    void mapKeysThatTheStrategyMergesAreChecked() throws ReflectiveOperationException, IOException {
        try (Plugins plugins = SpiCompiler.plugins(Map.of("plugins/ProtoEnums.java", PROTO_ENUMS),
                Map.of("org.mapstruct.ap.spi.EnumMappingStrategy", List.of("plugins.ProtoEnums")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/Genre.java", GENRE,
                        "p/CountMapper.java", HEADER + """
                                public interface CountMapper {
                                    enum GenreProto { GENRE_PROTO_UNSPECIFIED, GENRE_PROTO_FICTION, GENRE_PROTO_SCIENCE, UNRECOGNIZED }

                                    @Converter
                                    Map<Genre, Integer> fromProto(Map<GenreProto, Integer> counts);

                                    @Converter
                                    Map<GenreProto, Integer> toProto(Map<Genre, Integer> counts);
                                }
                                """, "p/Demo.java", HEADER + """
                                public final class Demo {
                                    public static String run() {
                                        CountMapper mapper = new CountMapperImpl();
                                        Map<CountMapper.GenreProto, Integer> counts = new LinkedHashMap<>();
                                        counts.put(CountMapper.GenreProto.GENRE_PROTO_FICTION, 1);
                                        counts.put(CountMapper.GenreProto.GENRE_PROTO_UNSPECIFIED, 2);
                                        String first = String.valueOf(mapper.fromProto(counts));
                                        counts.put(CountMapper.GenreProto.UNRECOGNIZED, 3);
                                        try {
                                            return first + " " + mapper.fromProto(counts);
                                        } catch (IllegalStateException e) {
                                            return first + " " + e.getMessage();
                                        }
                                    }
                                }
                                """))) {
            output.assertClean();
            assertEquals("{FICTION=1, null=2} Two keys of the source map convert to the same key: UNRECOGNIZED"
                    + " gives null", output.run("p.Demo"));
            String generated = output.generatedSource("p.CountMapperImpl");
            assertEquals(1, generated.split("containsKey", -1).length - 1,
                    () -> "only fromProto checks its keys:\n" + generated);
        }
    }
}

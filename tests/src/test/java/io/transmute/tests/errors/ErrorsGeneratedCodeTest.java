package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Converters that Transmute accepts but whose generated code javac rejected: no error may come from
 * the generated file. Compiled in-process so that such a bug fails these tests, not the module's
 * build; each generated converter is then run.
 */
class ErrorsGeneratedCodeTest {

    @Test
    void nestedRecordNamedMapBesideJavaUtilMapsOfConvertedValues() throws ReflectiveOperationException {
        JavaFileObject source = converter("ShelfMapper", """
                public interface ShelfMapper {
                    record Map(String m) {}
                    record Item(String name) {}
                    record ItemDto(String name) {}
                    record Shelf(java.util.Map<String, Item> byName, Map map) {}
                    record ShelfDto(java.util.Map<String, ItemDto> byName, Map map) {}

                    @Converter
                    ShelfDto convert(Shelf shelf);

                    @Converter
                    java.util.Map<String, ItemDto> convert(java.util.Map<String, Item> items);

                    static String run() {
                        ShelfMapper mapper = new ShelfMapperImpl();
                        return mapper.convert(new Shelf(java.util.Map.of("k", new Item("a")), new Map("m")))
                                + " " + mapper.convert(java.util.Map.of("j", new Item("b")));
                    }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("ShelfDto[byName={k=ItemDto[name=a]}, map=Map[m=m]] {j=ItemDto[name=b]}",
                CompiledClasses.run(compilation, "p.ShelfMapper"));
    }

    @Test
    void nestedRecordsNamedListOptionalObjectsBesideJavaUtil() throws ReflectiveOperationException {
        JavaFileObject source = converter("ShelfMapper", """
                public interface ShelfMapper {
                    record List(String l) {}
                    record Optional(String o) {}
                    record Objects(String x) {}
                    record Item(String name) {}
                    record ItemDto(String name) {}
                    record Shelf(java.util.List<Item> items, java.util.Optional<Item> best, Integer count,
                            java.util.List<Integer> numbers, List list, Optional optional, Objects objects) {}
                    record ShelfDto(java.util.List<ItemDto> items, java.util.Optional<ItemDto> best, int count,
                            int[] numbers, List list, Optional optional, Objects objects) {}

                    @Converter
                    ShelfDto convert(Shelf shelf);

                    static String run() {
                        ShelfDto dto = new ShelfMapperImpl().convert(new Shelf(java.util.List.of(new Item("a")),
                                java.util.Optional.of(new Item("b")), 3, java.util.List.of(4, 5), new List("l"),
                                new Optional("o"), new Objects("x")));
                        return dto.items() + " " + dto.best() + " " + dto.count() + " "
                                + java.util.Arrays.toString(dto.numbers()) + " " + dto.list() + " " + dto.optional()
                                + " " + dto.objects();
                    }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("[ItemDto[name=a]] Optional[ItemDto[name=b]] 3 [4, 5] List[l=l] Optional[o=o] Objects[x=x]",
                CompiledClasses.run(compilation, "p.ShelfMapper"));
    }

    @Test
    void iterableDestinationsFilledElementByElement() throws ReflectiveOperationException {
        JavaFileObject source = converter("ShelfMapper", """
                public interface ShelfMapper {
                    record Item(String name) {}
                    record ItemDto(String name) {}
                    record Shelf(Iterable<String> tags, List<Item> items) {}
                    record ShelfDto(Iterable<String> tags, Iterable<ItemDto> items) {}

                    @Converter
                    ShelfDto convert(Shelf shelf);

                    @Converter
                    Iterable<String> copy(Iterable<String> tags);

                    @Converter
                    Iterable<ItemDto> convert(List<Item> items);

                    static String run() {
                        ShelfMapper mapper = new ShelfMapperImpl();
                        List<String> tags = new ArrayList<>(List.of("x", "y"));
                        Iterable<String> onlyIterable = tags::iterator;
                        ShelfDto dto = mapper.convert(new Shelf(onlyIterable, List.of(new Item("a"))));
                        Iterable<String> copy = mapper.copy(onlyIterable);
                        Iterable<ItemDto> items = mapper.convert(List.of(new Item("b")));
                        tags.add("later");
                        return dto.tags().getClass().getSimpleName() + dto.tags() + " " + dto.items()
                                + " " + copy.getClass().getSimpleName() + copy + " " + items;
                    }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("ArrayList[x, y] [ItemDto[name=a]] ArrayList[x, y] [ItemDto[name=b]]",
                CompiledClasses.run(compilation, "p.ShelfMapper"));
    }
}

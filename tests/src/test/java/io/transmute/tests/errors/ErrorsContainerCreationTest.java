package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertNotGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Destination containers Transmute does not create (it would have to share the source's) and arrays
 * Java cannot create: compile errors that ask for a coercer.
 */
class ErrorsContainerCreationTest {

    @Test
    @Reports(Message.NO_COERCION)
    void enumMapAndConcurrentHashMapFromMaps() {
        JavaFileObject source = converter("PaletteMapper", """
                import java.util.concurrent.ConcurrentHashMap;

                public interface PaletteMapper {
                    enum Color { RED, GREEN }
                    record Palette(Map<Color, String> byColor, Map<String, Integer> counts) {}
                    record PaletteDto(EnumMap<Color, String> byColor, ConcurrentHashMap<String, Integer> counts) {}

                    @Converter
                    PaletteDto convert(Palette palette);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/NoCoercion] Cannot convert PaletteMapper.Palette.byColor"
                        + " (Map<PaletteMapper.Color, String>) to PaletteMapper.PaletteDto.byColor"
                        + " (EnumMap<PaletteMapper.Color, String>): EnumMap<PaletteMapper.Color, String> is not a"
                        + " container type Transmute creates, and sharing the source's container would let changes"
                        + " to one show in the other. Declare a @Coercer method from Map<PaletteMapper.Color, String>"
                        + " to EnumMap<PaletteMapper.Color, String>, or name one with @Link(coercer = \"...\")")
                .inFile(source).onLineContaining("PaletteDto convert(Palette palette);");
        assertThat(compilation).hadErrorContaining("[Transmute/NoCoercion] Cannot convert PaletteMapper.Palette.counts"
                        + " (Map<String, Integer>) to PaletteMapper.PaletteDto.counts"
                        + " (ConcurrentHashMap<String, Integer>): ConcurrentHashMap<String, Integer> is not a"
                        + " container type Transmute creates")
                .inFile(source).onLineContaining("PaletteDto convert(Palette palette);");
        assertThat(compilation).hadErrorCount(2);
        assertNotGenerated("p.PaletteMapperImpl", source);
    }

    @Test
    @Reports(Message.NO_COERCION)
    void sameUncreatableTypeIsNotShared() {
        JavaFileObject source = converter("PaletteMapper", """
                public interface PaletteMapper {
                    enum Color { RED, GREEN }
                    record Palette(EnumMap<Color, String> byColor) {}
                    record PaletteDto(EnumMap<Color, String> byColor) {}

                    @Converter
                    PaletteDto convert(Palette palette);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NoCoercion] Cannot convert PaletteMapper.Palette.byColor (EnumMap<PaletteMapper.Color,"
                        + " String>) to PaletteMapper.PaletteDto.byColor (EnumMap<PaletteMapper.Color, String>):"
                        + " EnumMap<PaletteMapper.Color, String> is not a container type Transmute creates, and sharing"
                        + " the source's container would let changes to one show in the other",
                "PaletteDto convert(Palette palette);");
    }

    @Test
    @Reports(Message.NO_COERCION)
    void copyOnWriteListFromAList() {
        JavaFileObject source = converter("TagMapper", """
                import java.util.concurrent.CopyOnWriteArrayList;

                public interface TagMapper {
                    record Tags(List<String> names) {}
                    record TagsDto(CopyOnWriteArrayList<String> names) {}

                    @Converter
                    TagsDto convert(Tags tags);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NoCoercion] Cannot convert TagMapper.Tags.names (List<String>) to TagMapper.TagsDto.names"
                        + " (CopyOnWriteArrayList<String>): CopyOnWriteArrayList<String> is not a container type"
                        + " Transmute creates",
                "TagsDto convert(Tags tags);");
    }

    @Test
    void aCoercerFillsTheUncreatableContainer() {
        JavaFileObject source = converter("PaletteMapper", """
                import java.util.concurrent.ConcurrentHashMap;

                public interface PaletteMapper {
                    enum Color { RED, GREEN }
                    record Palette(Map<Color, String> byColor, Map<String, Integer> counts) {}
                    record PaletteDto(EnumMap<Color, String> byColor, ConcurrentHashMap<String, Integer> counts) {}

                    @Converter
                    PaletteDto convert(Palette palette);

                    @Coercer
                    static EnumMap<Color, String> enumMap(Map<Color, String> map) {
                        EnumMap<Color, String> result = new EnumMap<>(Color.class);
                        result.putAll(map);
                        return result;
                    }

                    @Coercer
                    static ConcurrentHashMap<String, Integer> concurrent(Map<String, Integer> map) {
                        return new ConcurrentHashMap<>(map);
                    }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.PaletteMapperImpl").contentsAsUtf8String()
                .contains("PaletteMapper.enumMap(");
        assertThat(compilation).generatedSourceFile("p.PaletteMapperImpl").contentsAsUtf8String()
                .contains("PaletteMapper.concurrent(");
    }

    @Test
    @Reports(Message.NO_COERCION)
    void arrayOfAGenericType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    record Book(List<List<String>> tags) {}
                    record BookDto(List<String>[] tags) {}

                    @Converter
                    BookDto convert(Book book);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/NoCoercion] Cannot convert BookMapper.Book.tags (List<List<String>>) to"
                        + " BookMapper.BookDto.tags (List<String>[]): Java cannot create an array of the generic type"
                        + " List<String>. Declare a @Coercer method from List<List<String>> to List<String>[], or name"
                        + " one with @Link(coercer = \"...\")",
                "BookDto convert(Book book);");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.NO_COERCION)
    void topLevelArrayOfAGenericType() {
        JavaFileObject source = converter("BookMapper", """
                public interface BookMapper {
                    @Converter
                    Optional<String>[] convert(List<Optional<String>> values);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("Java cannot create an array of the generic type Optional<String>")
                .inFile(source).onLineContaining("Optional<String>[] convert(List<Optional<String>> values);");
        assertThat(compilation).hadErrorCount(1);
    }
}

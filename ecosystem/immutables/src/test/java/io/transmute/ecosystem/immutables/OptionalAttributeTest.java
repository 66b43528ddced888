package io.transmute.ecosystem.immutables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An {@code Optional} attribute, whose builder has two setters: {@code subtitle(String)} and {@code subtitle(Optional)}. */
class OptionalAttributeTest {

    @Test
    void optionalAttributeIsFilledThroughTheBuilderSetterTakingTheOptional(@TempDir Path directory) throws Exception {
        ClassLoader loader = InMemoryBuild.compile(directory, Map.of(
                "Edition.java", """
                        package p;

                        import java.util.Optional;
                        import org.immutables.value.Value;

                        @Value.Immutable
                        public interface Edition {
                            String getTitle();

                            Optional<String> getSubtitle();
                        }
                        """,
                "EditionDto.java", """
                        package p;

                        import java.util.Optional;

                        public record EditionDto(String title, Optional<String> subtitle) {
                        }
                        """,
                "EditionConverter.java", """
                        package p;

                        import io.transmute.Converter;

                        public interface EditionConverter {
                            @Converter
                            Edition toEdition(EditionDto dto);

                            @Converter
                            EditionDto toDto(Edition edition);
                        }
                        """,
                "Check.java", """
                        package p;

                        import java.util.Optional;
                        import java.util.function.Supplier;

                        public class Check implements Supplier<String> {
                            @Override
                            public String get() {
                                EditionConverter converter = new EditionConverterImpl();
                                Edition full = converter.toEdition(new EditionDto("Dune", Optional.of("Book One")));
                                Edition bare = converter.toEdition(new EditionDto("Cosmos", Optional.empty()));
                                return full.getSubtitle() + " " + bare.getSubtitle() + " " + converter.toDto(full);
                            }
                        }
                        """));

        @SuppressWarnings("unchecked")
        Supplier<String> check = (Supplier<String>) loader.loadClass("p.Check").getConstructor().newInstance();

        assertEquals("Optional[Book One] Optional.empty EditionDto[title=Dune, subtitle=Optional[Book One]]", check.get());
    }
}

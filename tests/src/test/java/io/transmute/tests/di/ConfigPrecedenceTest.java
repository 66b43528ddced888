package io.transmute.tests.di;

import static io.transmute.tests.di.InMemoryCompiler.compileCleanly;
import static io.transmute.tests.di.InMemoryCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Which value of a policy a converter method gets: its own explicit attribute, then its type's
 * {@code @ConverterConfig}, then the shared configurations named by {@code config} (in chain order),
 * then the processor option, then the built-in default. Told apart at run time through
 * {@code nulls}: under SKIP an update keeps the target's value where the source has null.
 */
class ConfigPrecedenceTest {

    /** The update, with what the test varies: the method's annotation and the type's. */
    private static JavaFileObject updater(String typeAnnotation, String converterAnnotation) {
        return source("NoteUpdater", """
                %s
                public interface NoteUpdater {
                    class Note {
                        private String text = "kept";

                        public String getText() {
                            return text;
                        }

                        public void setText(String text) {
                            this.text = text;
                        }
                    }

                    record NoteEdit(String text) {}

                    %s
                    void update(NoteEdit edit, @Into Note note);
                }
                """.formatted(typeAnnotation, converterAnnotation));
    }

    private static final JavaFileObject RUN = source("Run", """
            public class Run implements java.util.function.Supplier<String> {
                @Override
                public String get() {
                    NoteUpdater.Note note = new NoteUpdater.Note();
                    new NoteUpdaterImpl().update(new NoteUpdater.NoteEdit(null), note);
                    return note.getText() == null ? "SET" : "SKIP";
                }
            }
            """);

    private static String nullsPolicy(List<String> options, String typeAnnotation, String converterAnnotation,
            JavaFileObject... configs) throws Exception {
        List<JavaFileObject> sources = new ArrayList<>(List.of(configs));
        sources.add(updater(typeAnnotation, converterAnnotation));
        sources.add(RUN);
        Compilation compilation = compileCleanly(options, sources.toArray(new JavaFileObject[0]));
        return DefaultModelUsesTest.run(compilation);
    }

    private static JavaFileObject config(String name, String attributes) {
        return source(name, "@ConverterConfig(" + attributes + ")\npublic interface " + name + " {\n}\n");
    }

    @Test
    void theBuiltInDefault() throws Exception {
        assertEquals("SET", nullsPolicy(List.of(), "", "@Converter"));
    }

    @Test
    void theProcessorOptionBeatsTheBuiltInDefault() throws Exception {
        assertEquals("SKIP", nullsPolicy(List.of("-Atransmute.nulls=SKIP"), "", "@Converter"));
        assertEquals("SKIP", nullsPolicy(List.of("-Atransmute.nulls=skip"), "", "@Converter"));
    }

    @Test
    void aSharedConfigurationBeatsTheProcessorOption() throws Exception {
        assertEquals("SKIP", nullsPolicy(List.of("-Atransmute.nulls=SET"),
                "@ConverterConfig(config = Shared.class)", "@Converter", config("Shared", "nulls = Nulls.SKIP")));
    }

    @Test
    void configurationsChainAndTheNearestExplicitValueWins() throws Exception {
        JavaFileObject near = config("Near", "config = Far.class, unloaded = Unloaded.LOAD");
        JavaFileObject far = config("Far", "config = Farthest.class, nulls = Nulls.SKIP");
        JavaFileObject farthest = config("Farthest", "nulls = Nulls.SET");

        assertEquals("SKIP", nullsPolicy(List.of(), "@ConverterConfig(config = Near.class)", "@Converter",
                near, far, farthest));
    }

    @Test
    void theTypesOwnExplicitAttributeBeatsItsSharedConfiguration() throws Exception {
        // Written out although it is the default: explicit is what the source says, not what differs.
        assertEquals("SET", nullsPolicy(List.of("-Atransmute.nulls=SKIP"),
                "@ConverterConfig(config = Shared.class, nulls = Nulls.SET)", "@Converter",
                config("Shared", "nulls = Nulls.SKIP")));
    }

    @Test
    void theMethodsExplicitAttributeBeatsEverything() throws Exception {
        assertEquals("SET", nullsPolicy(List.of("-Atransmute.nulls=SKIP"),
                "@ConverterConfig(config = Shared.class, nulls = Nulls.SKIP)", "@Converter(nulls = Nulls.SET)",
                config("Shared", "nulls = Nulls.SKIP")));
    }

    @Test
    void aSharedConfigurationWithoutConverterMethodsGeneratesNothingAndReportsNothing() throws Exception {
        Compilation compilation = compileCleanly(List.of(), config("Shared", "componentModel = ComponentModel.DEFAULT"));

        assertEquals(List.of(), compilation.generatedSourceFiles());
    }
}

package io.transmute.tests.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.transmute.tests.errors.TransmuteCompiler.assertNotGenerated;
import static io.transmute.tests.errors.TransmuteCompiler.assertOnlyError;
import static io.transmute.tests.errors.TransmuteCompiler.compile;
import static io.transmute.tests.errors.TransmuteCompiler.compileWithApiOnly;
import static io.transmute.tests.errors.TransmuteCompiler.compileWithOptions;
import static io.transmute.tests.errors.TransmuteCompiler.converter;

import com.google.testing.compile.Compilation;
import io.transmute.processor.diagnostics.Message;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** @ConverterConfig chains, processor options, and component models whose library is missing. */
class ErrorsConfigTest {

    private static final String CONVERTER_BODY = """
                record Book(String title) {}
                record BookDto(String title) {}

                @Converter
                BookDto convert(Book book);
            }
            """;

    @Test
    @Reports(Message.CONFIG_NOT_ANNOTATED)
    void configNamingATypeWithoutConverterConfig() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(config = BookMapper.Settings.class)
                public interface BookMapper {
                    interface Settings {}
                """ + CONVERTER_BODY);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Config] @ConverterConfig(config = BookMapper.Settings.class) names a type without"
                        + " @ConverterConfig; annotate BookMapper.Settings with @ConverterConfig or name another"
                        + " configuration",
                "@ConverterConfig(config = BookMapper.Settings.class)");
        assertNotGenerated("p.BookMapperImpl", source);
    }

    @Test
    @Reports(Message.CONFIG_CYCLE)
    void configsThatNameEachOther() {
        JavaFileObject first = converter("First", """
                @ConverterConfig(config = Second.class)
                public interface First {}
                """);
        JavaFileObject second = converter("Second", """
                @ConverterConfig(config = First.class)
                public interface Second {}
                """);
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(config = First.class)
                public interface BookMapper {
                """ + CONVERTER_BODY);

        Compilation compilation = compile(first, second, source);

        assertOnlyError(compilation, second,
                "[Transmute/Config] @ConverterConfig(config = ...) goes round in a cycle: First -> Second -> First;"
                        + " remove one of the config attributes",
                "@ConverterConfig(config = First.class)");
    }

    @Test
    @Reports(Message.CONFIG_CYCLE)
    void aConverterTypeThatIsItsOwnConfig() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(config = BookMapper.class)
                public interface BookMapper {
                """ + CONVERTER_BODY);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Config] @ConverterConfig(config = ...) goes round in a cycle: BookMapper -> BookMapper",
                "@ConverterConfig(config = BookMapper.class)");
    }

    @Test
    @Reports(Message.INVALID_OPTION)
    void anInvalidPolicyOption() {
        JavaFileObject source = converter("BookMapper", "public interface BookMapper {\n" + CONVERTER_BODY);

        Compilation compilation = compileWithOptions(List.of("-Atransmute.unlinked=WARNING"), source);

        assertThat(compilation).hadErrorContaining(
                "[Transmute/Options] -Atransmute.unlinked=WARNING is not valid: use one of ERROR, WARN, IGNORE");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    @Reports(Message.INVALID_OPTION)
    void anInvalidComponentModelOrBuildersOption() {
        JavaFileObject source = converter("BookMapper", "public interface BookMapper {\n" + CONVERTER_BODY);

        Compilation compilation = compileWithOptions(
                List.of("-Atransmute.defaultComponentModel=cdi", "-Atransmute.builders=yes"), source);

        assertThat(compilation).hadErrorContaining("[Transmute/Options] -Atransmute.defaultComponentModel=cdi is not"
                + " valid: use one of default, spring, jsr330, jakarta, jakarta-cdi");
        assertThat(compilation).hadErrorContaining(
                "[Transmute/Options] -Atransmute.builders=yes is not valid: use one of true, false");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    @Reports(Message.OPTION_WITHOUT_VALUE)
    void anOptionWithoutAValue() {
        JavaFileObject source = converter("BookMapper", "public interface BookMapper {\n" + CONVERTER_BODY);

        Compilation compilation = compileWithOptions(
                List.of("-Atransmute.unlinked", "-Atransmute.defaultComponentModel"), source);

        assertThat(compilation).hadErrorContaining("[Transmute/Options] -Atransmute.unlinked has no value: write"
                + " -Atransmute.unlinked=VALUE with one of ERROR, WARN, IGNORE");
        assertThat(compilation).hadErrorContaining("[Transmute/Options] -Atransmute.defaultComponentModel has no"
                + " value: write -Atransmute.defaultComponentModel=VALUE with one of default, spring, jsr330,"
                + " jakarta, jakarta-cdi");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    @Reports(Message.UNKNOWN_OPTION)
    void anUnknownOptionIsAWarningWithAHint() {
        JavaFileObject source = converter("BookMapper", "public interface BookMapper {\n" + CONVERTER_BODY);

        Compilation compilation = compileWithOptions(
                List.of("-Atransmute.unlinkd=WARN", "-Atransmute.colour=red"), source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[Transmute/Options] -Atransmute.unlinkd is not a Transmute"
                + " option (did you mean 'transmute.unlinked'?); the options are transmute.unlinked,"
                + " transmute.unloaded, transmute.references, transmute.nulls, transmute.builders,"
                + " transmute.defaultComponentModel");
        assertThat(compilation).hadWarningContaining("[Transmute/Options] -Atransmute.colour is not a Transmute"
                + " option; the options are transmute.unlinked,");
        // And javac's own: "The following options were not recognized by any processor".
        assertThat(compilation).hadWarningCount(3);
    }

    @Test
    @Reports(Message.COMPONENT_MODEL_MISSING)
    void springWithoutSpringOnTheClassPath() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(componentModel = ComponentModel.SPRING)
                public interface BookMapper {
                """ + CONVERTER_BODY);

        Compilation compilation = compileWithApiOnly(source);

        assertOnlyError(compilation, source,
                "[Transmute/ComponentModel] BookMapper has the component model SPRING, which needs"
                        + " org.springframework.stereotype.Component on the compile class path: add"
                        + " org.springframework:spring-context",
                "@ConverterConfig(componentModel = ComponentModel.SPRING)");
    }

    @Test
    @Reports(Message.COMPONENT_MODEL_MISSING)
    void cdiFromTheProcessorOptionWithoutTheCdiApi() {
        JavaFileObject source = converter("BookMapper", "public interface BookMapper {\n" + CONVERTER_BODY);

        Compilation compilation = compileWithApiOnly(source);
        assertThat(compilation).succeeded();
        Compilation withOption = TransmuteCompiler.compileWithApiOnlyAndOptions(
                List.of("-Atransmute.defaultComponentModel=jakarta-cdi"), source);

        assertOnlyError(withOption, source,
                "[Transmute/ComponentModel] BookMapper has the component model JAKARTA_CDI, which needs"
                        + " jakarta.enterprise.context.ApplicationScoped on the compile class path: add"
                        + " jakarta.enterprise:jakarta.enterprise.cdi-api",
                "public interface BookMapper {");
    }

    @Test
    @Reports(Message.COMPONENT_MODEL_MISSING)
    void jsr330() {
        JavaFileObject source = converter("BookMapper", """
                @ConverterConfig(componentModel = ComponentModel.JSR330)
                public interface BookMapper {
                """ + CONVERTER_BODY);

        Compilation compilation = compileWithApiOnly(source);

        assertOnlyError(compilation, source,
                "[Transmute/ComponentModel] BookMapper has the component model JSR330, which needs"
                        + " javax.inject.Singleton on the compile class path: add javax.inject:javax.inject",
                "@ConverterConfig(componentModel = ComponentModel.JSR330)");
    }
}

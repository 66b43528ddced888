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

/** User methods that declare checked exceptions, which a generated converter method could not pass on. */
class ErrorsCheckedExceptionTest {

    @Test
    @Reports(Message.INVALID_COERCER_METHOD)
    void coercerThrowingACheckedException() {
        JavaFileObject source = converter("SiteMapper", """
                import java.net.URI;
                import java.net.URISyntaxException;

                public interface SiteMapper {
                    record Site(String address) {}
                    record SiteDto(URI address) {}

                    @Converter
                    SiteDto convert(Site site);

                    @Coercer
                    static URI uri(String s) throws URISyntaxException { return new URI(s); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] @Coercer method uri must not throw a checked exception (it declares"
                        + " java.net.URISyntaxException), which the generated converter could not declare",
                "static URI uri(String s) throws URISyntaxException");
        assertNotGenerated("p.SiteMapperImpl", source);
    }

    @Test
    void coercerThrowingAnUncheckedExceptionIsFine() {
        JavaFileObject source = converter("SiteMapper", """
                import java.net.URI;

                public interface SiteMapper {
                    record Site(String address) {}
                    record SiteDto(URI address) {}

                    @Converter
                    SiteDto convert(Site site);

                    @Coercer
                    static URI uri(String s) throws IllegalArgumentException { return URI.create(s); }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    @Reports(Message.CHECKED_EXCEPTION)
    void linkCoercerThrowingException() {
        JavaFileObject source = converter("SiteMapper", """
                import java.net.URI;

                public interface SiteMapper {
                    record Site(String address) {}
                    record SiteDto(URI address) {}

                    @Converter
                    @Link(from = "address", to = "address", coercer = "uri")
                    SiteDto convert(Site site);

                    static URI uri(String s) throws Exception { return new URI(s); }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] @Link coercer names SiteMapper.uri(String), which declares"
                        + " java.lang.Exception: the generated converter could not pass a checked exception on; catch"
                        + " it in the method, or rethrow it unchecked",
                "@Link(from = \"address\", to = \"address\", coercer = \"uri\")");
        assertNotGenerated("p.SiteMapperImpl", source);
    }

    @Test
    @Reports(Message.CHECKED_EXCEPTION)
    void factoryThrowingException() {
        JavaFileObject source = converter("SiteMapper", """
                public interface SiteMapper {
                    record Site(String address) {}
                    record SiteDto(String address, String stamp) {}

                    @Converter
                    @LinkConstant(to = "stamp", factory = "stamp")
                    SiteDto convert(Site site);

                    static String stamp() throws Exception { return "now"; }
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/CoercerSignature] @LinkConstant factory names SiteMapper.stamp(), which declares"
                        + " java.lang.Exception: the generated converter could not pass a checked exception on; catch"
                        + " it in the method, or rethrow it unchecked",
                "@LinkConstant(to = \"stamp\", factory = \"stamp\")");
        assertNotGenerated("p.SiteMapperImpl", source);
    }

    @Test
    @Reports(Message.CHECKED_EXCEPTION)
    void linkCoercerAndFactoryBothThrowing() {
        JavaFileObject source = converter("SiteMapper", """
                import java.io.IOException;
                import java.net.URI;

                public interface SiteMapper {
                    record Site(String address) {}
                    record SiteDto(URI address, String stamp) {}

                    @Converter
                    @Link(from = "address", to = "address", coercer = "uri")
                    @LinkConstant(to = "stamp", factory = "stamp")
                    SiteDto convert(Site site);

                    static URI uri(String s) throws Exception { return new URI(s); }

                    static String stamp() throws IOException { return "now"; }
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/CoercerSignature] @Link coercer names"
                        + " SiteMapper.uri(String), which declares java.lang.Exception")
                .inFile(source).onLineContaining("coercer = \"uri\")");
        assertThat(compilation).hadErrorContaining("[Transmute/CoercerSignature] @LinkConstant factory names"
                        + " SiteMapper.stamp(), which declares java.io.IOException")
                .inFile(source).onLineContaining("factory = \"stamp\")");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void destinationWhoseOnlyConstructorThrowsACheckedException() {
        JavaFileObject source = converter("SiteMapper", """
                public interface SiteMapper {
                    record Site(String address) {}

                    final class SiteDto {
                        private final String address;

                        public SiteDto(String address) throws java.io.IOException {
                            this.address = address;
                        }

                        public String getAddress() { return address; }
                    }

                    @Converter
                    SiteDto convert(Site site);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Construction] Cannot create SiteMapper.SiteDto for the result of convert(): its constructor"
                        + " SiteDto(String) throws IOException, a checked exception that generated code neither"
                        + " catches nor declares: create it in a @Coercer method that handles the exception",
                "SiteDto convert(Site site);");
        assertNotGenerated("p.SiteMapperImpl", source);
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void destinationWithASetterThrowingACheckedException() {
        JavaFileObject source = converter("SiteMapper", """
                public interface SiteMapper {
                    record Site(String address) {}

                    class SiteDto {
                        private String address;

                        public String getAddress() { return address; }

                        public void setAddress(String address) throws java.io.IOException {
                            this.address = address;
                        }
                    }

                    @Converter
                    SiteDto convert(Site site);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Construction] Cannot create SiteMapper.SiteDto for the result of convert(): its setter"
                        + " setAddress(String) throws IOException, a checked exception that generated code"
                        + " neither catches nor declares: create or fill it in a @Coercer method that handles the"
                        + " exception",
                "SiteDto convert(Site site);");
    }

    @Test
    @Reports(Message.INTO_NOT_UPDATABLE)
    void updateOfATargetWithASetterThrowingACheckedException() {
        JavaFileObject source = converter("SiteMapper", """
                public interface SiteMapper {
                    record Site(String address) {}

                    class SiteDto {
                        private String address;

                        public String getAddress() { return address; }

                        public void setAddress(String address) throws java.io.IOException {
                            this.address = address;
                        }
                    }

                    @Converter
                    void update(Site site, @Into SiteDto target);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Into] @Into target (SiteMapper.SiteDto) cannot be updated in place: its setter"
                        + " setAddress(String) throws IOException, a checked exception that generated code neither catches nor"
                        + " declares",
                "void update(Site site, @Into SiteDto target);");
    }

    /** A getter that throws a checked exception is no property: the destination's is unlinked. */
    @Test
    void getterThrowingACheckedExceptionIsNotRead() {
        JavaFileObject source = converter("SiteMapper", """
                public interface SiteMapper {
                    class Site {
                        public String getAddress() throws java.io.IOException { return "here"; }
                    }

                    record SiteDto(String address) {}

                    @Converter
                    SiteDto convert(Site site);
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("[Transmute/Unlinked]");
        assertThat(compilation).hadErrorContaining("address");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void builderWhoseBuildMethodThrowsACheckedException() {
        JavaFileObject source = converter("SiteMapper", """
                public interface SiteMapper {
                    record Site(String address) {}

                    final class SiteDto {
                        private final String address;

                        private SiteDto(String address) { this.address = address; }

                        public String getAddress() { return address; }

                        public static Builder builder() { return new Builder(); }

                        public static final class Builder {
                            private String address;

                            public Builder address(String address) {
                                this.address = address;
                                return this;
                            }

                            public SiteDto build() throws java.io.IOException { return new SiteDto(address); }
                        }
                    }

                    @Converter
                    SiteDto convert(Site site);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Construction] Cannot create SiteMapper.SiteDto for the result of convert(): its build"
                        + " method build() throws IOException, a checked exception that generated code neither catches"
                        + " nor declares: set builders = false, or create it in a @Coercer method that handles the"
                        + " exception",
                "SiteDto convert(Site site);");
    }

    @Test
    @Reports(Message.NOT_CONSTRUCTIBLE)
    void builderWithASetterThrowingACheckedException() {
        JavaFileObject source = converter("SiteMapper", """
                public interface SiteMapper {
                    record Site(String address) {}

                    final class SiteDto {
                        private final String address;

                        private SiteDto(String address) { this.address = address; }

                        public String getAddress() { return address; }

                        public static Builder builder() { return new Builder(); }

                        public static final class Builder {
                            private String address;

                            public Builder address(String address) throws java.io.IOException {
                                this.address = address;
                                return this;
                            }

                            public SiteDto build() { return new SiteDto(address); }
                        }
                    }

                    @Converter
                    SiteDto convert(Site site);
                }
                """);

        Compilation compilation = compile(source);

        assertOnlyError(compilation, source,
                "[Transmute/Construction] Cannot create SiteMapper.SiteDto for the result of convert(): its builder's"
                        + " setter address(String) throws IOException",
                "SiteDto convert(Site site);");
    }
}

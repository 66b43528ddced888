package io.transmute.tests.spi;

import static io.transmute.tests.spi.SpiAccessorNamingTest.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.tests.spi.SpiCompiler.Output;
import io.transmute.tests.spi.SpiCompiler.Plugins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Destinations with a builder are created through it: Lombok's {@code @Builder} output found by
 * MapStruct's default BuilderProvider, a user's BuilderProvider, and Immutables' generated builders
 * for abstract value types (which exist only from the round after Immutables runs).
 * {@code builders = false} goes back to constructors and setters.
 */
class SpiBuildersTest {

    /** What Lombok generates for {@code @Value @Builder class Book { String title; List<String> tags; int pages; }}. */
    private static final String LOMBOK_BOOK = HEADER + """
            public final class Book {
                private final String title;
                private final List<String> tags;
                private final int pages;

                Book(String title, List<String> tags, int pages) {
                    this.title = title;
                    this.tags = tags;
                    this.pages = pages;
                }

                public static BookBuilder builder() {
                    return new BookBuilder();
                }

                public String getTitle() { return this.title; }
                public List<String> getTags() { return this.tags; }
                public int getPages() { return this.pages; }

                @Override
                public String toString() {
                    return "Book(title=" + this.getTitle() + ", tags=" + this.getTags() + ", pages=" + this.getPages() + ")";
                }

                public static class BookBuilder {
                    private String title;
                    private List<String> tags;
                    private int pages;

                    BookBuilder() {
                    }

                    public BookBuilder title(String title) {
                        this.title = title;
                        return this;
                    }

                    public BookBuilder tags(List<String> tags) {
                        this.tags = tags;
                        return this;
                    }

                    public BookBuilder pages(int pages) {
                        this.pages = pages;
                        return this;
                    }

                    public Book build() {
                        return new Book(this.title, this.tags, this.pages);
                    }

                    @Override
                    public String toString() {
                        return "Book.BookBuilder(title=" + this.title + ", tags=" + this.tags + ", pages=" + this.pages + ")";
                    }
                }
            }
            """;

    @Test
    void lombokBuildersAreUsedAndBuildersFalseUsesTheConstructor() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/Book.java", LOMBOK_BOOK,
                "p/BookMapper.java", HEADER + """
                        public interface BookMapper {
                            record BookForm(String title, Set<String> tags, int pages) {}

                            @Converter
                            Book create(BookForm form);

                            @Converter(builders = false)
                            Book construct(BookForm form);
                        }
                        """, "p/Demo.java", HEADER + """
                        public final class Demo {
                            public static String run() {
                                BookMapper mapper = new BookMapperImpl();
                                BookMapper.BookForm form = new BookMapper.BookForm("Dune", new LinkedHashSet<>(List.of("sf", "classic")), 412);
                                return mapper.create(form) + " " + mapper.construct(form);
                            }
                        }
                        """))) {
            output.assertClean();
            assertEquals("Book(title=Dune, tags=[sf, classic], pages=412) Book(title=Dune, tags=[sf, classic], pages=412)",
                    output.run("p.Demo"));
            String generated = output.generatedSource("p.BookMapperImpl");
            assertGenerated(generated, """
                    Book.BookBuilder builder = Book.builder();
                    String title = form.title();
                    if (title != null) {
                        builder.title(title);
                    }
                    Set<String> formTags = form.tags();
                    List<String> tags = formTags == null ? null : new ArrayList<>(formTags);
                    if (tags != null) {
                        builder.tags(tags);
                    }
                    builder.pages(form.pages());
                    return builder.build();
                    """);
            assertGenerated(generated, "return new Book(title, tags, pages);");
        }
    }

    @Test
    void buildersCanBeTurnedOffByConfigurationAndByTheProcessorOption() throws ReflectiveOperationException {
        Map<String, String> sources = Map.of("p/Book.java", LOMBOK_BOOK, "p/BookMapper.java", HEADER + """
                @ConverterConfig(builders = false)
                public interface BookMapper {
                    record BookForm(String title, List<String> tags, int pages) {}

                    @Converter
                    Book construct(BookForm form);

                    @Converter(builders = true)
                    Book build(BookForm form);
                }
                """, "p/ShelfMapper.java", HEADER + """
                public interface ShelfMapper {
                    @Converter
                    Book copy(Book book);
                }
                """);
        try (Output output = SpiCompiler.compile(List.of(), sources)) {
            output.assertClean();
            String books = output.generatedSource("p.BookMapperImpl");
            assertGenerated(books, "return new Book(title, tags, pages);");
            assertGenerated(books, "Book.BookBuilder builder = Book.builder();");
            assertGenerated(output.generatedSource("p.ShelfMapperImpl"), "Book.BookBuilder builder = Book.builder();");
        }
        try (Output output = SpiCompiler.compile(List.of(), sources, "-Atransmute.builders=false")) {
            output.assertClean();
            String books = output.generatedSource("p.BookMapperImpl");
            assertGenerated(books, "return new Book(title, tags, pages);");
            assertGenerated(books, "Book.BookBuilder builder = Book.builder();");
            assertGenerated(output.generatedSource("p.ShelfMapperImpl"), "return new Book(title, tags, pages);");
        }
    }

    /** What Lombok's {@code @SuperBuilder} generates: generic builders with self types, inherited setters. */
    @Test
    void lombokSuperBuildersWithInheritedSettersAreUsed() throws ReflectiveOperationException {
        try (Output output = SpiCompiler.compile(List.of(), Map.of("p/Book.java", HEADER + """
                public class Book {
                    private final String title;

                    protected Book(BookBuilder<?, ?> b) {
                        this.title = b.title;
                    }

                    public static BookBuilder<?, ?> builder() {
                        return new BookBuilderImpl();
                    }

                    public String getTitle() { return this.title; }

                    public abstract static class BookBuilder<C extends Book, B extends BookBuilder<C, B>> {
                        private String title;

                        public B title(String title) {
                            this.title = title;
                            return self();
                        }

                        protected abstract B self();

                        public abstract C build();
                    }

                    private static final class BookBuilderImpl extends BookBuilder<Book, BookBuilderImpl> {
                        private BookBuilderImpl() {
                        }

                        @Override
                        protected BookBuilderImpl self() { return this; }

                        @Override
                        public Book build() { return new Book(this); }
                    }
                }
                """, "p/Novel.java", HEADER + """
                public class Novel extends Book {
                    private final int chapters;

                    protected Novel(NovelBuilder<?, ?> b) {
                        super(b);
                        this.chapters = b.chapters;
                    }

                    public static NovelBuilder<?, ?> builder() {
                        return new NovelBuilderImpl();
                    }

                    public int getChapters() { return this.chapters; }

                    public abstract static class NovelBuilder<C extends Novel, B extends NovelBuilder<C, B>>
                            extends Book.BookBuilder<C, B> {
                        private int chapters;

                        public B chapters(int chapters) {
                            this.chapters = chapters;
                            return self();
                        }
                    }

                    private static final class NovelBuilderImpl extends NovelBuilder<Novel, NovelBuilderImpl> {
                        private NovelBuilderImpl() {
                        }

                        @Override
                        protected NovelBuilderImpl self() { return this; }

                        @Override
                        public Novel build() { return new Novel(this); }
                    }
                }
                """, "p/NovelMapper.java", HEADER + """
                public interface NovelMapper {
                    record NovelForm(String title, int chapters) {}

                    @Converter
                    Novel create(NovelForm form);
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        Novel novel = new NovelMapperImpl().create(new NovelMapper.NovelForm("Emma", 55));
                        return novel.getTitle() + "/" + novel.getChapters();
                    }
                }
                """))) {
            output.assertClean();
            assertEquals("Emma/55", output.run("p.Demo"));
            assertGenerated(output.generatedSource("p.NovelMapperImpl"), """
                    Novel.NovelBuilder<?, ?> builder = Novel.builder();
                    String title = form.title();
                    if (title != null) {
                        builder.title(title);
                    }
                    builder.chapters(form.chapters());
                    return builder.build();
                    """);
        }
    }

    /**
     * MapStruct's default provider finds no build method in Lombok's builder of a generic class
     * ({@code Box<T>} is not {@code Box<T'>}); a provider that does gets the destination's type
     * arguments for the builder.
     */
    @Test
    void aGenericBuilderIsGivenTheDestinationsTypeArguments() throws ReflectiveOperationException {
        try (Plugins plugins = SpiCompiler.plugins(Map.of("plugins/GenericBuilders.java", """
                package plugins;

                import javax.lang.model.element.ExecutableElement;
                import javax.lang.model.element.TypeElement;
                import javax.lang.model.type.DeclaredType;
                import javax.lang.model.type.TypeMirror;
                import javax.lang.model.util.ElementFilter;
                import org.mapstruct.ap.spi.BuilderInfo;
                import org.mapstruct.ap.spi.BuilderProvider;

                /** builder() and the builder's build(), generic or not. */
                public class GenericBuilders implements BuilderProvider {
                    @Override
                    public BuilderInfo findBuilderInfo(TypeMirror type) {
                        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
                        for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
                            if (method.getSimpleName().contentEquals("builder")) {
                                TypeElement builder = (TypeElement) ((DeclaredType) method.getReturnType()).asElement();
                                return new BuilderInfo.Builder().builderCreationMethod(method)
                                        .buildMethod(ElementFilter.methodsIn(builder.getEnclosedElements()).stream()
                                                .filter(m -> m.getSimpleName().contentEquals("build")).toList())
                                        .build();
                            }
                        }
                        return null;
                    }
                }
                """), Map.of("org.mapstruct.ap.spi.BuilderProvider", List.of("plugins.GenericBuilders")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/Box.java", HEADER + """
                public final class Box<T> {
                    private final T value;
                    Box(T value) { this.value = value; }
                    public static <T> BoxBuilder<T> builder() { return new BoxBuilder<T>(); }
                    public T getValue() { return value; }
                    public static class BoxBuilder<T> {
                        private T value;
                        BoxBuilder() {}
                        public BoxBuilder<T> value(T value) { this.value = value; return this; }
                        public Box<T> build() { return new Box<T>(value); }
                    }
                }
                """, "p/BoxMapper.java", HEADER + """
                public interface BoxMapper {
                    record BoxForm(String value) {}
                    @Converter
                    Box<String> create(BoxForm form);
                }
                """, "p/Demo.java", HEADER + """
                public final class Demo {
                    public static String run() {
                        return new BoxMapperImpl().create(new BoxMapper.BoxForm("gift")).getValue();
                    }
                }
                """))) {
            output.assertClean();
            assertEquals("gift", output.run("p.Demo"));
            assertGenerated(output.generatedSource("p.BoxMapperImpl"), """
                    Box.BoxBuilder<String> builder = Box.<String>builder();
                    String value = form.value();
                    if (value != null) {
                        builder.value(value);
                    }
                    return builder.build();
                    """);
        }
    }

    /** A provider for builders written as a nested {@code Maker} class with JavaBean setters and make(). */
    private static final String MAKER_PROVIDER = """
            package plugins;

            import java.util.List;
            import javax.lang.model.element.ExecutableElement;
            import javax.lang.model.element.TypeElement;
            import javax.lang.model.type.DeclaredType;
            import javax.lang.model.type.TypeMirror;
            import javax.lang.model.util.ElementFilter;
            import org.mapstruct.ap.spi.BuilderInfo;
            import org.mapstruct.ap.spi.DefaultBuilderProvider;

            public class MakerBuilderProvider extends DefaultBuilderProvider {
                @Override
                public BuilderInfo findBuilderInfo(TypeMirror type) {
                    if (!(type instanceof DeclaredType declared)) {
                        return null;
                    }
                    for (TypeElement nested : ElementFilter.typesIn(declared.asElement().getEnclosedElements())) {
                        if (nested.getSimpleName().contentEquals("Maker")) {
                            ExecutableElement constructor = ElementFilter.constructorsIn(nested.getEnclosedElements()).get(0);
                            List<ExecutableElement> make = ElementFilter.methodsIn(nested.getEnclosedElements()).stream()
                                    .filter(method -> method.getSimpleName().contentEquals("make"))
                                    .toList();
                            return new BuilderInfo.Builder().builderCreationMethod(constructor).buildMethod(make).build();
                        }
                    }
                    return super.findBuilderInfo(type);
                }
            }
            """;

    @Test
    void aUsersBuilderProviderWithJavaBeanSettersIsCalledStatementByStatement() throws ReflectiveOperationException {
        try (Plugins plugins = SpiCompiler.plugins(Map.of("plugins/MakerBuilderProvider.java", MAKER_PROVIDER),
                Map.of("org.mapstruct.ap.spi.BuilderProvider", List.of("plugins.MakerBuilderProvider")));
                Output output = SpiCompiler.compile(List.of(plugins), Map.of("p/ShelfMapper.java", HEADER + """
                        public interface ShelfMapper {
                            record ShelfForm(String name, int size) {}

                            final class Shelf {
                                private final String name;
                                private final int size;

                                private Shelf(String name, int size) {
                                    this.name = name;
                                    this.size = size;
                                }

                                public String getName() { return name; }
                                public int getSize() { return size; }

                                public static final class Maker {
                                    private String name;
                                    private int size;

                                    public void setName(String name) { this.name = name; }
                                    public void setSize(int size) { this.size = size; }
                                    public Shelf make() { return new Shelf(name, size); }
                                }
                            }

                            @Converter
                            Shelf create(ShelfForm form);
                        }
                        """, "p/Demo.java", HEADER + """
                        public final class Demo {
                            public static String run() {
                                ShelfMapper.Shelf shelf = new ShelfMapperImpl().create(new ShelfMapper.ShelfForm("SF", 40));
                                return shelf.getName() + "/" + shelf.getSize();
                            }
                        }
                        """))) {
            output.assertClean();
            assertEquals("SF/40", output.run("p.Demo"));
            String generated = output.generatedSource("p.ShelfMapperImpl");
            assertGenerated(generated, """
                    ShelfMapper.Shelf.Maker builder = new ShelfMapper.Shelf.Maker();
                    String name = form.name();
                    if (name != null) {
                        builder.setName(name);
                    }
                    builder.setSize(form.size());
                    return builder.make();
                    """);
        }
    }

    /**
     * Immutables is on the class path (its annotation resolves), so MapStruct's Immutables
     * strategies are the defaults. The abstract BookDto is created through ImmutableBookDto's
     * builder, which another processor (standing in for Immutables) generates in round 1: in round 1
     * the builder provider reports the type hierarchy erroneous and the converter type waits.
     */
    @Test
    void immutablesBuildersOfAbstractValueTypesAreWaitedForAndUsed() throws ReflectiveOperationException {
        String immutableBookDto = HEADER + """
                public final class ImmutableBookDto extends BookDto {
                    private final String title;
                    private final List<String> tags;

                    private ImmutableBookDto(String title, List<String> tags) {
                        this.title = title;
                        this.tags = tags;
                    }

                    @Override
                    public String getTitle() { return title; }

                    @Override
                    public List<String> getTags() { return tags; }

                    @Override
                    public String toString() { return "ImmutableBookDto{title=" + title + ", tags=" + tags + "}"; }

                    public static Builder builder() { return new Builder(); }

                    public static final class Builder {
                        private String title;
                        private final List<String> tags = new ArrayList<>();

                        private Builder() {
                        }

                        public final Builder from(BookDto instance) {
                            title(instance.getTitle());
                            return addAllTags(instance.getTags());
                        }

                        public final Builder title(String title) {
                            this.title = Objects.requireNonNull(title, "title");
                            return this;
                        }

                        public final Builder addTags(String element) {
                            tags.add(element);
                            return this;
                        }

                        public final Builder addAllTags(Iterable<String> elements) {
                            elements.forEach(tags::add);
                            return this;
                        }

                        public final Builder tags(Iterable<String> elements) {
                            tags.clear();
                            return addAllTags(elements);
                        }

                        public ImmutableBookDto build() {
                            return new ImmutableBookDto(title, List.copyOf(tags));
                        }
                    }
                }
                """;
        try (Plugins immutables = SpiCompiler.plugins(Map.of("plugins/LateSources.java", LATE_SOURCES),
                Map.of("javax.annotation.processing.Processor", List.of("plugins.LateSources")));
                Output output = SpiCompiler.compile(List.of(immutables), Map.of(
                        "org/immutables/value/Value.java", """
                                package org.immutables.value;

                                public @interface Value {
                                    @interface Immutable {
                                    }
                                }
                                """,
                        "p/BookDto.java", HEADER + """
                                @org.immutables.value.Value.Immutable
                                public abstract class BookDto {
                                    public abstract String getTitle();
                                    public abstract List<String> getTags();
                                }
                                """,
                        "p/BookMapper.java", HEADER + """
                                public interface BookMapper {
                                    record Book(String title, List<String> tags) {}

                                    @Converter
                                    BookDto toDto(Book book);
                                }
                                """,
                        "p/Demo.java", HEADER + """
                                public final class Demo {
                                    public static String run() {
                                        return new BookMapperImpl().toDto(new BookMapper.Book("Dune", List.of("sf"))).toString();
                                    }
                                }
                                """), "-Alate.source=p.ImmutableBookDto", "-Alate.text=" + immutableBookDto)) {
            output.assertClean();
            assertEquals("ImmutableBookDto{title=Dune, tags=[sf]}", output.run("p.Demo"));
            assertGenerated(output.generatedSource("p.BookMapperImpl"), """
                    ImmutableBookDto.Builder builder = ImmutableBookDto.builder();
                    String title = book.title();
                    if (title != null) {
                        builder.title(title);
                    }
                    """);
        }
    }

    /** {@code generated} contains {@code expected}, line breaks and indentation aside. */
    static void assertGenerated(String generated, String expected) {
        assertTrue(generated.replaceAll("\\s+", " ").contains(expected.replaceAll("\\s+", " ").trim()), generated);
    }

    /** Another annotation processor: writes the source given by its options in round 1. */
    static final String LATE_SOURCES = """
            package plugins;

            import java.io.IOException;
            import java.io.UncheckedIOException;
            import java.io.Writer;
            import java.util.Set;
            import javax.annotation.processing.AbstractProcessor;
            import javax.annotation.processing.RoundEnvironment;
            import javax.lang.model.SourceVersion;
            import javax.lang.model.element.TypeElement;

            public class LateSources extends AbstractProcessor {
                private boolean written;

                @Override
                public Set<String> getSupportedAnnotationTypes() {
                    return Set.of("*");
                }

                @Override
                public Set<String> getSupportedOptions() {
                    return Set.of("late.source", "late.text");
                }

                @Override
                public SourceVersion getSupportedSourceVersion() {
                    return SourceVersion.latestSupported();
                }

                @Override
                public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                    if (!written && processingEnv.getOptions().containsKey("late.source")) {
                        written = true;
                        try (Writer writer = processingEnv.getFiler()
                                .createSourceFile(processingEnv.getOptions().get("late.source")).openWriter()) {
                            writer.write(processingEnv.getOptions().get("late.text"));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return false;
                }
            }
            """;
}

package io.transmute.tests.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Processor bugs found by {@link DifferentialTest}, each minimised from a failing seed to the
 * smallest converter that shows it. They compile in memory (so that generated code that does not
 * compile cannot break the build) and run {@code p.Check.run()}. A test of a bug not fixed yet is
 * disabled, with its {@link KnownBugs} flag on.
 */
class DifferentialRegressionTest {

    /**
     * Found by seed -5751230407732884862: among overloaded setters, the README says the one taking
     * the getter's type is used; generated code passed a String without a cast, so javac chose
     * {@code setTitle(String)}.
     */
    @Test
    void overloadedSetterTakingTheGettersTypeIsCalled() {
        String result = run("""
                package p;

                import io.transmute.Converter;

                public interface Mapper {
                    record Book(String title) {
                    }

                    class BookDto {
                        private Object title;

                        public Object getTitle() {
                            return title;
                        }

                        public void setTitle(Object title) {
                            this.title = title;
                        }

                        public void setTitle(String title) {
                            this.title = "the String overload";
                        }
                    }

                    @Converter
                    BookDto convert(Book book);
                }
                """, """
                package p;

                public class Check {
                    public static String run() {
                        return String.valueOf(new MapperImpl().convert(new Mapper.Book("Dune")).getTitle());
                    }
                }
                """);
        assertEquals("Dune", result);
    }

    /**
     * Found by seed -6544510784404491549: the README copies any collection into a TreeSet for a
     * SortedSet-like destination; for a {@code SortedSet<? extends Color>} source the generated
     * {@code new TreeSet<>(boxColors)} does not compile (inference variable E has incompatible
     * equality constraints Color, capture of ? extends Color).
     */
    @Test
    void wildcardSortedSetIsCopiedIntoATreeSet() {
        String result = run("""
                package p;

                import io.transmute.Converter;
                import java.util.SortedSet;
                import java.util.TreeSet;

                public interface Mapper {
                    enum Color { RED, GREEN }

                    record Box(SortedSet<? extends Color> colors) {
                    }

                    record BoxDto(TreeSet<Color> colors) {
                    }

                    @Converter
                    BoxDto convert(Box box);
                }
                """, """
                package p;

                import java.util.TreeSet;

                public class Check {
                    public static String run() {
                        TreeSet<Mapper.Color> colors = new TreeSet<>(java.util.List.of(Mapper.Color.GREEN, Mapper.Color.RED));
                        return new MapperImpl().convert(new Mapper.Box(colors)).toString();
                    }
                }
                """);
        assertEquals("BoxDto[colors=[RED, GREEN]]", result);
    }

    /**
     * The map counterpart of {@link #wildcardSortedSetIsCopiedIntoATreeSet}: javac picks
     * {@code TreeMap(SortedMap<K, ? extends V>)} for a sorted source, whose key type it cannot infer
     * from {@code ? extends String}.
     */
    @Test
    void wildcardSortedMapIsCopiedIntoATreeMap() {
        String result = run("""
                package p;

                import io.transmute.Converter;
                import java.util.SortedMap;
                import java.util.TreeMap;

                public interface Mapper {
                    record Box(SortedMap<? extends String, Integer> sizes) {
                    }

                    record BoxDto(TreeMap<String, Integer> sizes) {
                    }

                    @Converter
                    BoxDto convert(Box box);
                }
                """, """
                package p;

                import java.util.TreeMap;

                public class Check {
                    public static String run() {
                        TreeMap<String, Integer> sizes = new TreeMap<>(java.util.Map.of("b", 2, "a", 1));
                        return new MapperImpl().convert(new Mapper.Box(sizes)).toString();
                    }
                }
                """);
        assertEquals("BoxDto[sizes={a=1, b=2}]", result);
    }

    /**
     * Found by seed 417608717316494872: the README fills a {@code List<? super ReviewDto>} with
     * ReviewDtos, by nested conversions (it does, without a link); but a link reaching into its
     * elements is rejected: "[Transmute/NestedLink] ... BookDto.reviews (List<? super ReviewDto>) is
     * not filled by a nested model conversion". {@code List<? extends ReviewDto>} works.
     */
    @Test
    void linksReachIntoSuperWildcardElements() {
        String result = run("""
                package p;

                import io.transmute.Converter;
                import io.transmute.Link;
                import java.util.List;

                public interface Mapper {
                    record Review(String text) {
                    }

                    record ReviewDto(String note) {
                    }

                    record Book(List<Review> reviews) {
                    }

                    record BookDto(List<? super ReviewDto> reviews) {
                    }

                    @Converter
                    @Link(from = "reviews.text", to = "reviews.note")
                    BookDto convert(Book book);
                }
                """, """
                package p;

                import java.util.List;

                public class Check {
                    public static String run() {
                        return new MapperImpl().convert(new Mapper.Book(List.of(new Mapper.Review("good")))).toString();
                    }
                }
                """);
        assertEquals("BookDto[reviews=[ReviewDto[note=good]]]", result);
    }

    /**
     * Found by seed 6362700514753904910: README, "Nulls.SKIP leaves the target's value (PATCH
     * semantics)" for a null in the source; for an {@code int} target property read from a null
     * {@code Integer}, the update throws "Patch.stars is null, but Review.stars is a primitive int"
     * instead (the null check comes before the skip).
     */
    @Test
    void skipLeavesPrimitiveTargetsOfNullSources() {
        String result = run("""
                package p;

                import io.transmute.Converter;
                import io.transmute.Into;
                import io.transmute.Nulls;

                public interface Mapper {
                    record Patch(String text, Integer stars) {
                    }

                    class Review {
                        private String text;
                        private int stars;

                        public String getText() {
                            return text;
                        }

                        public void setText(String text) {
                            this.text = text;
                        }

                        public int getStars() {
                            return stars;
                        }

                        public void setStars(int stars) {
                            this.stars = stars;
                        }
                    }

                    @Converter(nulls = Nulls.SKIP)
                    void patch(Patch patch, @Into Review review);
                }
                """, """
                package p;

                public class Check {
                    public static String run() {
                        Mapper.Review review = new Mapper.Review();
                        review.setText("old");
                        review.setStars(4);
                        new MapperImpl().patch(new Mapper.Patch("new", null), review);
                        return review.getText() + " " + review.getStars();
                    }
                }
                """);
        assertEquals("new 4", result);
    }

    /**
     * Nulls.SKIP is about the updated target's values: a model created inside the update (here
     * the record in the list) is created whole, with the nulls its source has. Seed
     * 6822373676903802512 of a long run found the test's own model of the README wrong there.
     */
    @Test
    void skipCreatesNestedModelsWhole() {
        String result = run("""
                package p;

                import io.transmute.Converter;
                import io.transmute.Into;
                import io.transmute.Nulls;
                import java.util.List;

                public interface Mapper {
                    record Line(String text, Integer count) {
                    }

                    record LineDto(String text, Integer count) {
                    }

                    record Patch(List<Line> lines) {
                    }

                    class Review {
                        private List<LineDto> lines;

                        public List<LineDto> getLines() {
                            return lines;
                        }

                        public void setLines(List<LineDto> lines) {
                            this.lines = lines;
                        }
                    }

                    @Converter(nulls = Nulls.SKIP)
                    void patch(Patch patch, @Into Review review);
                }
                """, """
                package p;

                import java.util.List;

                public class Check {
                    public static String run() {
                        Mapper.Review review = new Mapper.Review();
                        new MapperImpl().patch(new Mapper.Patch(List.of(new Mapper.Line(null, 2))), review);
                        return String.valueOf(review.getLines());
                    }
                }
                """);
        assertEquals("[LineDto[text=null, count=2]]", result);
    }

    /**
     * Found by seed 3278262649009461415: under Nulls.SKIP, a primitive parameter filling a boxed
     * target property is null-checked, {@code if (stars != null)}: the generated code does not
     * compile ("bad operand types for binary operator '!='").
     */
    @Test
    void skipDoesNotNullCheckPrimitiveParameters() {
        String result = run("""
                package p;

                import io.transmute.Converter;
                import io.transmute.Into;
                import io.transmute.Nulls;

                public interface Mapper {
                    record Patch(String text) {
                    }

                    class Review {
                        private String text;
                        private Integer stars;

                        public String getText() {
                            return text;
                        }

                        public void setText(String text) {
                            this.text = text;
                        }

                        public Integer getStars() {
                            return stars;
                        }

                        public void setStars(Integer stars) {
                            this.stars = stars;
                        }
                    }

                    @Converter(nulls = Nulls.SKIP)
                    void patch(Patch patch, @Into Review review, int stars);
                }
                """, """
                package p;

                public class Check {
                    public static String run() {
                        Mapper.Review review = new Mapper.Review();
                        new MapperImpl().patch(new Mapper.Patch("new"), review, 5);
                        return review.getText() + " " + review.getStars();
                    }
                }
                """);
        assertEquals("new 5", result);
    }

    /**
     * Found by seed 8999803627975820572: under Nulls.SKIP, a boolean {@code @LinkConstant} for a
     * {@code Boolean} target property generates {@code if (false != null)}, which does not compile
     * (numeric constants are stored in a local first and work).
     */
    @Test
    void skipDoesNotNullCheckBooleanConstants() {
        String result = run("""
                package p;

                import io.transmute.Converter;
                import io.transmute.Into;
                import io.transmute.LinkConstant;
                import io.transmute.Nulls;

                public interface Mapper {
                    record Patch(String text) {
                    }

                    class Review {
                        private String text;
                        private Boolean pinned;

                        public String getText() {
                            return text;
                        }

                        public void setText(String text) {
                            this.text = text;
                        }

                        public Boolean getPinned() {
                            return pinned;
                        }

                        public void setPinned(Boolean pinned) {
                            this.pinned = pinned;
                        }
                    }

                    @Converter(nulls = Nulls.SKIP)
                    @LinkConstant(to = "pinned", value = "false")
                    void patch(Patch patch, @Into Review review);
                }
                """, """
                package p;

                public class Check {
                    public static String run() {
                        Mapper.Review review = new Mapper.Review();
                        new MapperImpl().patch(new Mapper.Patch("new"), review);
                        return review.getText() + " " + review.getPinned();
                    }
                }
                """);
        assertEquals("new false", result);
    }

    /**
     * Found by seed -3966691423956613505: README, "a class with a no-argument constructor and setters
     * is filled through the setters; one without setters (only getters, say) through its widest
     * matching constructor". With a no-argument constructor next to the widest one, Transmute used
     * the no-argument one: {@code title} was silently dropped (no compile error) and {@code tags} was
     * filled with {@code bookDto.getTags().addAll(tags)}, a NullPointerException.
     */
    @Test
    void classWithoutSettersIsCreatedThroughItsWidestConstructor() {
        String result = run("""
                package p;

                import io.transmute.Converter;
                import java.util.List;

                public interface Mapper {
                    record Book(String title, List<String> tags) {
                    }

                    final class BookDto {
                        private final String title;
                        private final List<String> tags;

                        public BookDto(String title, List<String> tags) {
                            this.title = title;
                            this.tags = tags;
                        }

                        public BookDto() {
                            this(null, null);
                        }

                        public String getTitle() {
                            return title;
                        }

                        public List<String> getTags() {
                            return tags;
                        }
                    }

                    @Converter
                    BookDto convert(Book book);
                }
                """, """
                package p;

                import java.util.List;

                public class Check {
                    public static String run() {
                        Mapper.BookDto dto = new MapperImpl().convert(new Mapper.Book("Dune", List.of("sf")));
                        return dto.getTitle() + " " + dto.getTags();
                    }
                }
                """);
        assertEquals("Dune [sf]", result);
    }

    // ------------------------------------------------------------------ support

    private static final Pattern TYPE = Pattern.compile("public (?:final |abstract )*(?:interface|class|record|enum) (\\w+)");

    /** Compiles the sources (each a top-level public type of package p) and returns {@code p.Check.run()}. */
    static String run(String... sources) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String source : sources) {
            Matcher matcher = TYPE.matcher(source);
            assertTrue(matcher.find(), "no public type in " + source);
            files.put("p." + matcher.group(1), source);
        }
        InMemoryJavac.Result result = InMemoryJavac.compile(files);
        StringBuilder errors = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> diagnostic : result.diagnostics) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.append(InMemoryJavac.typeOf(diagnostic)).append(':').append(diagnostic.getLineNumber())
                        .append(": ").append(diagnostic.getMessage(Locale.ROOT)).append('\n');
            }
        }
        assertTrue(result.success, () -> "compilation failed:\n" + errors + "\n" + result.generated);
        try {
            return (String) result.loader(DifferentialRegressionTest.class.getClassLoader()).loadClass("p.Check")
                    .getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the converter threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

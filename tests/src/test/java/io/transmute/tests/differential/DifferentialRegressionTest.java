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
import org.junit.jupiter.api.Disabled;
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
    @Disabled("bug: overloaded setter chosen by javac, not the one taking the getter's type (KnownBugs.OVERLOADED_SETTER_CAST)")
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

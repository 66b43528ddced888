package io.transmute.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the example as the README does and checks what it prints, so that its promises cannot silently break. */
class ExampleMainTest {
    private static List<String> lines;
    private static final List<LogRecord> warnings = new ArrayList<>();

    @BeforeAll
    static void runTheExample() {
        Handler warningCollector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(warningCollector);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            ExampleMain.run(out);
        } finally {
            root.removeHandler(warningCollector);
        }
        lines = Arrays.asList(buffer.toString(StandardCharsets.UTF_8).split("\\R"));
    }

    /**
     * The sections of the output for one call, in order: each is the lines after a header
     * {@code == call} or {@code == call: what it does}, up to the next header.
     */
    private static List<List<String>> sections(String call) {
        List<List<String>> sections = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("== " + call) || line.startsWith("== " + call + ": ")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("== ")) {
                    end++;
                }
                sections.add(lines.subList(i + 1, end));
            }
        }
        assertTrue(!sections.isEmpty(), () -> "no section " + call + " in:\n" + String.join("\n", lines));
        return sections;
    }

    private static List<String> section(String call) {
        List<List<String>> sections = sections(call);
        assertEquals(1, sections.size(), "sections " + call);
        return sections.get(0);
    }

    /** The section's statement count: its last non-empty line, "statements: N (...)". */
    private static int statements(List<String> section) {
        String line = section.stream().filter(text -> text.startsWith("  statements: ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no statement count in " + section));
        return Integer.parseInt(line.substring("  statements: ".length()).split(" ")[0]);
    }

    private static void assertContains(List<String> section, String expected) {
        assertTrue(section.contains(expected), () -> "expected the line\n" + expected + "\nin\n"
                + String.join("\n", section));
    }

    @Test
    void theListIsOneQueryWithFlattenedAuthors() {
        List<String> list = sections("list()").get(0);
        assertContains(list, "  BookSummary[id=1, title=Good Omens, authorId=1, authorName=Terry Pratchett,"
                + " tags=[comedy, fantasy]]");
        assertContains(list, "  BookSummary[id=2, title=Mort, authorId=1, authorName=Terry Pratchett,"
                + " tags=[comedy, fantasy]]");
        assertContains(list, "  BookSummary[id=3, title=The Left Hand of Darkness, authorId=3,"
                + " authorName=Ursula K. Le Guin, tags=[classic, science fiction]]");
        assertEquals(1, statements(list));
    }

    @Test
    void showConvertsTheBookWithItsLazyAssociationsAndThePageCount() {
        List<String> show = section("show(1)");
        assertContains(show, "  BookDto[id=1, version=0, title=Good Omens, isbn=978-0060853983, pageCount=412]");
        assertContains(show, "    author:  AuthorDto[id=1, name=Terry Pratchett]");
        assertContains(show, "    tags:    [comedy, fantasy]");
        assertContains(show, "    reviews: ReviewDto[id=1, reviewer=ann, stars=5, comment=Funny and wise]");
        assertContains(show, "             ReviewDto[id=2, reviewer=bob, stars=3, comment=A little long]");
        assertEquals(4, statements(show), "the book, its author, its reviews, its tags");
    }

    @Test
    void createChecksTheReferencesInOneQueryPerType() {
        List<String> create = section("create(form)");
        assertContains(create, "  created Book 4");
        assertEquals(5, statements(create), "2 checks, the book, 2 tag links");
    }

    @Test
    void anUnknownAuthorIsAClearErrorAndWritesNothing() {
        List<String> ghost = section("create(form) with an unknown author");
        assertContains(ghost, "  error: No Author with id 999 exists, for Book.author");
        assertContains(ghost, "  books before: 4, after: 4 (nothing was written)");
        assertEquals(1, statements(ghost), "only the author check ran");
    }

    @Test
    void updateMergesScalarsTagsAndReviews() {
        List<String> update = section("update(1, edit)");
        assertContains(update, "  BookDto[id=1, version=1, title=Good Omens (anniversary edition),"
                + " isbn=978-0060853983, pageCount=412]");
        assertContains(update, "    author:  AuthorDto[id=2, name=Neil Gaiman]");
        assertContains(update, "    tags:    [comedy, fantasy, classic]");
        assertContains(update, "    reviews: ReviewDto[id=1, reviewer=ann, stars=5,"
                + " comment=Funny and wise, footnotes included]");
        assertContains(update, "             ReviewDto[id=5, reviewer=eve, stars=4, comment=Read it twice]");
        assertTrue(update.stream().noneMatch(line -> line.contains("ReviewDto[id=2")), "bob's review was removed");
        assertEquals(12, statements(update));
    }

    @Test
    void deleteAndTheFinalList() {
        List<String> delete = section("delete(2)");
        assertContains(delete, "  deleted Book 2");
        assertEquals(5, statements(delete));

        List<String> list = sections("list()").get(1);
        assertEquals(List.of(
                "  BookSummary[id=1, title=Good Omens (anniversary edition), authorId=2, authorName=Neil Gaiman,"
                        + " tags=[classic, comedy, fantasy]]",
                "  BookSummary[id=4, title=The Dispossessed, authorId=3, authorName=Ursula K. Le Guin,"
                        + " tags=[classic, science fiction]]",
                "  BookSummary[id=3, title=The Left Hand of Darkness, authorId=3, authorName=Ursula K. Le Guin,"
                        + " tags=[classic, science fiction]]"),
                list.subList(0, 3));
        assertEquals(1, statements(list));
    }

    @Test
    void nothingButTheExampleSpeaks() {
        assertEquals(List.of(), warnings.stream().map(record -> record.getLoggerName() + ": " + record.getMessage())
                .toList(), "no warnings logged");
        assertTrue(lines.stream().noneMatch(line -> line.contains("HHH") || line.contains("Exception")),
                () -> String.join("\n", lines));
    }
}

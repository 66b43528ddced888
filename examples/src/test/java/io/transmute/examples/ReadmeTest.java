package io.transmute.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's tour true: the blocks marked {@code <!-- file: examples/... -->} must equal
 * those files (BookMapper and the generated BookMapperImpl), and the block marked
 * {@code <!-- output: ExampleMain -->} what the example prints. Run with
 * {@code -Dtransmute.updateReadme=true} to copy the current ones into the README instead.
 */
class ReadmeTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path README = ROOT.resolve("README.md");
    private static final Pattern FILE = Pattern.compile(
            "<!-- file: (examples/\\S+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern OUTPUT = Pattern.compile(
            "<!-- output: ExampleMain -->\\n```text\\n(.*?)```", Pattern.DOTALL);
    private static final boolean UPDATE = Boolean.getBoolean("transmute.updateReadme");

    @Test
    void readmeShowsTheExampleAsItIs() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher file = FILE.matcher(readme);
        StringBuilder updated = new StringBuilder();
        int files = 0;
        while (file.find()) {
            String actual = Files.readString(ROOT.resolve(file.group(1)), StandardCharsets.UTF_8);
            if (UPDATE) {
                file.appendReplacement(updated, Matcher.quoteReplacement(
                        "<!-- file: " + file.group(1) + " -->\n```java\n" + actual + "```"));
            } else {
                assertEquals(actual, file.group(2), "README block for " + file.group(1) + " differs from the file");
            }
            files++;
        }
        file.appendTail(updated);
        assertTrue(files >= 2, "expected the README to show BookMapper and BookMapperImpl");

        String output = exampleOutput();
        Matcher shown = OUTPUT.matcher(updated.toString());
        assertTrue(shown.find(), "expected the README to show the example's output");
        if (UPDATE) {
            Files.writeString(README, shown.replaceFirst(Matcher.quoteReplacement(
                    "<!-- output: ExampleMain -->\n```text\n" + output + "```")), StandardCharsets.UTF_8);
        } else {
            assertEquals(output, shown.group(1), "README output block differs from what the example prints");
        }
    }

    private static String exampleOutput() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            ExampleMain.run(out);
        }
        return buffer.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}

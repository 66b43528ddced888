package io.transmute.tests.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's code true: each block marked {@code <!-- file: tests/... -->} must equal that
 * file of this module, whether a test source or a file the processor generated (the examples
 * module checks its own blocks). Run with {@code -Dtransmute.updateReadme=true} to copy the current
 * files into the README instead.
 */
class ReadmeExamplesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path README = ROOT.resolve("README.md");
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- file: (tests/\\S+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void readmeCodeBlocksMatchTheirFiles() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher block = BLOCK.matcher(readme);
        StringBuilder updated = new StringBuilder();
        int checked = 0;
        while (block.find()) {
            String actual = Files.readString(ROOT.resolve(block.group(1)), StandardCharsets.UTF_8);
            if (Boolean.getBoolean("transmute.updateReadme")) {
                block.appendReplacement(updated, Matcher.quoteReplacement(
                        "<!-- file: " + block.group(1) + " -->\n```java\n" + actual + "```"));
            } else {
                assertEquals(actual, block.group(2), "README block for " + block.group(1)
                        + " differs from the file; rerun with -Dtransmute.updateReadme=true if the change is intended");
            }
            checked++;
        }
        if (Boolean.getBoolean("transmute.updateReadme")) {
            block.appendTail(updated);
            Files.writeString(README, updated.toString(), StandardCharsets.UTF_8);
        }
        assertTrue(checked >= 2, "expected the README to show the tutorial example and its generated code");
    }
}

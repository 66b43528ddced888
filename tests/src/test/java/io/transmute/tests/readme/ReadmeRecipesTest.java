package io.transmute.tests.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the README's recipes for Lombok, Immutables and protobuf true to the ecosystem modules that
 * prove them: the processor path a recipe shows is the module's, in the module's order (a recipe may
 * leave out what it does not need, such as MapStruct's processor), and every version it shows is the
 * one the build pins.
 */
class ReadmeRecipesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern PATH = Pattern.compile(
            "<path>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>\\s*</path>");
    private static final Pattern PROPERTY = Pattern.compile("<([\\w.-]+\\.version)>([^<]+)</\\1>");

    @ParameterizedTest
    @CsvSource({"### Lombok, lombok", "### Immutables, immutables", "### protobuf, protobuf"})
    void recipeShowsTheModulesProcessorPath(String heading, String module) throws IOException {
        String recipe = section(read(ROOT.resolve("README.md")), heading);
        String pom = read(ROOT.resolve("ecosystem").resolve(module).resolve("pom.xml"));
        String rootPom = read(ROOT.resolve("pom.xml"));

        List<String[]> shown = paths(recipe);
        List<String[]> built = paths(pom);
        assertTrue(shown.size() >= 2, heading + " shows no processor path");
        int next = 0;
        for (String[] path : shown) {
            String coordinates = path[0] + ":" + path[1];
            while (next < built.size() && !coordinates.equals(built.get(next)[0] + ":" + built.get(next)[1])) {
                next++;
            }
            assertTrue(next < built.size(), heading + " shows " + coordinates
                    + " where ecosystem/" + module + " does not have it in that order");
            assertEquals(resolve(built.get(next)[2], rootPom), path[2], heading + ": version of " + coordinates);
            next++;
        }
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "README has no section " + heading);
        int end = readme.indexOf("\n### ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String[]> paths(String xml) {
        List<String[]> paths = new ArrayList<>();
        Matcher path = PATH.matcher(xml);
        while (path.find()) {
            paths.add(new String[] {path.group(1), path.group(2), path.group(3)});
        }
        return paths;
    }

    /** {@code ${lombok.version}} as the root pom pins it, {@code ${project.version}} as the README shows it. */
    private static String resolve(String version, String rootPom) {
        if (version.equals("${project.version}")) {
            Matcher own = Pattern.compile("<artifactId>transmute-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(rootPom);
            assertTrue(own.find(), "root pom has no version");
            return own.group(1);
        }
        Matcher property = PROPERTY.matcher(rootPom);
        while (property.find()) {
            if (version.equals("${" + property.group(1) + "}")) {
                return property.group(2);
            }
        }
        return version;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}

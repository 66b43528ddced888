package io.transmute.tests.robustness;

import io.transmute.tests.robustness.LateGenerator.LateType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One generated compilation unit set: a converter type, its models, and what Transmute must do with it. */
final class FuzzCase {

    /** What the case asks of Transmute. */
    enum Expect {
        /** A converter Transmute must implement: no error at all, and code that compiles without warnings. */
        VALID,
        /** A mistake Transmute must report: at least one error with one of {@link #expectedTags}. */
        ERROR,
        /** Anything but a crash; if nothing is reported, the generated code must compile without warnings. */
        ANY
    }

    final long seed;
    /** The package of every file of the case ("fz12"), so that diagnostics are attributed by path. */
    final String packageName;
    /** Source files by path relative to the source root ("fz12/Mapper.java"). */
    final Map<String, String> sources = new LinkedHashMap<>();
    /** Types another processor writes during the compilation. */
    final List<LateType> late = new ArrayList<>();
    final Set<String> expectedTags = new LinkedHashSet<>();
    final List<String> mutations = new ArrayList<>();
    Expect expect = Expect.VALID;
    /**
     * Whether javac may reject the case before annotation processing (a duplicate member, an
     * annotation where it does not apply): javac then runs no processor for the whole compilation, so
     * such cases are compiled apart from the others.
     */
    boolean fragile;
    /** Whether the expected error is on another type than the converter type, which may still be implemented. */
    boolean errorOutsideConverter;
    /** Whether the converter type inherits its root converter method from a generic interface. */
    boolean inheritsConverter;
    /** The qualified name of the converter type ("fz12.Mapper"). */
    String converterType;
    /** The generated file's path relative to the generated-sources root ("fz12/MapperImpl.java"). */
    String implementationPath;

    FuzzCase(long seed, String packageName) {
        this.seed = seed;
        this.packageName = packageName;
    }

    void expectError(String mutation, String... tags) {
        mutations.add(mutation);
        if (expect != Expect.ANY) {
            expect = Expect.ERROR;
            expectedTags.addAll(List.of(tags));
        }
    }

    void expectAnything(String mutation) {
        mutations.add(mutation);
        expect = Expect.ANY;
        expectedTags.clear();
    }

    /** The case in full, to reproduce it by hand. */
    String describe() {
        StringBuilder text = new StringBuilder();
        text.append("case seed ").append(seed).append(" (rerun alone: -Dtransmute.fuzz.seed=").append(seed)
                .append(" -Dtransmute.fuzz.cases=1), expect ").append(expect);
        if (!expectedTags.isEmpty()) {
            text.append(' ').append(expectedTags);
        }
        text.append(", mutations ").append(mutations).append('\n');
        sources.forEach((path, source) -> text.append("--- ").append(path).append('\n').append(source));
        for (LateType type : late) {
            text.append("--- ").append(type.qualifiedName()).append(" (written by another processor in round ")
                    .append(type.round()).append(")\n").append(type.text());
        }
        return text.toString();
    }
}

package io.transmute.tests.differential;

/**
 * Processor bugs the differential test found and that are not fixed yet. While a flag is on, the
 * generator avoids what triggers the bug, so that the seeded CI run stays green; each has a
 * disabled regression test in {@link DifferentialRegressionTest}. Run with
 * {@code -Dtransmute.differential.knownBugs=true} to generate them anyway; turn a flag off once
 * its bug is fixed.
 */
final class KnownBugs {

    /** Set while a flag is on: {@code static final boolean SOME_BUG = !INCLUDE;}. None is, at the moment. */
    private static final boolean INCLUDE = Boolean.getBoolean("transmute.differential.knownBugs");

    private KnownBugs() {
    }
}

package io.transmute.tests.differential;

/**
 * Processor bugs the differential test found and that are not fixed yet. While a flag is on, the
 * generator avoids what triggers the bug, so that the seeded CI run stays green; each has a
 * disabled regression test in {@link DifferentialRegressionTest}. Run with
 * {@code -Dtransmute.differential.knownBugs=true} to generate them anyway; turn a flag off once
 * its bug is fixed.
 */
final class KnownBugs {

    private static final boolean INCLUDE = Boolean.getBoolean("transmute.differential.knownBugs");

    /**
     * {@code @Converter(nulls = Nulls.SKIP)} update: a primitive extra parameter, or a boolean
     * {@code @LinkConstant}, filling a boxed target property is null-checked ({@code if (stars !=
     * null)}, {@code if (false != null)}): generated code does not compile. See
     * {@link DifferentialRegressionTest#skipDoesNotNullCheckPrimitiveParameters} and
     * {@link DifferentialRegressionTest#skipDoesNotNullCheckBooleanConstants}.
     */
    static final boolean SKIP_NULL_CHECK_OF_PRIMITIVE = !INCLUDE;

    private KnownBugs() {
    }
}

package io.transmute.processor.diagnostics;

import java.util.Collection;
import java.util.Locale;

/** Finds the closest existing name for a "did you mean" hint. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * A hint such as {@code " (did you mean 'author'?)"} when a candidate is close enough to be a
     * likely typo, otherwise a list of what exists, or nothing when there is nothing to choose.
     */
    public static String hint(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return "";
        }
        if (bestDistance <= Math.max(2, wrong.length() / 3)) {
            return " (did you mean '" + best + "'?)";
        }
        return " (existing names: " + String.join(", ", candidates) + ")";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package org.reportparse.output;

/**
 * Converts UTF-16 char offsets (how Java indexes strings) to the code-point offsets the output
 * contract uses. Text without surrogate pairs maps to itself, so the common case costs nothing.
 */
final class CodePoints {
    private final int[] before;  // before[i] = surrogate pairs starting before char i; null if none

    CodePoints(String text) {
        int[] counts = null;
        int pairs = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (counts == null) {
                    counts = new int[text.length() + 1];
                }
                counts[i + 1] = ++pairs;
                counts[i + 2 > text.length() ? text.length() : i + 2] = pairs;
                i++;
                continue;
            }
            if (counts != null) {
                counts[i + 1] = pairs;
            }
        }
        if (counts != null) {
            // fill forward from the first pair on (entries before it are zero already)
            for (int i = 1; i <= text.length(); i++) {
                counts[i] = Math.max(counts[i], counts[i - 1]);
            }
        }
        this.before = counts;
    }

    int of(int charOffset) {
        return before == null ? charOffset : charOffset - before[charOffset];
    }
}

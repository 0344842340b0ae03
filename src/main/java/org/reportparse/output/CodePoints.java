package org.reportparse.output;

/**
 * Converts UTF-16 char offsets (how Java indexes strings) to the code-point offsets the output
 * contract uses. Text without surrogate pairs maps to itself, so the common case costs nothing.
 */
final class CodePoints {
    private final int[] pairsBefore;  // surrogate pairs completed before each char offset; null if none

    CodePoints(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            pairsBefore = null;
            return;
        }
        pairsBefore = new int[text.length() + 1];
        int pairs = 0;
        for (int i = 0; i < text.length(); i++) {
            pairsBefore[i] = pairs;
            if (i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                pairs++;
            }
        }
        pairsBefore[text.length()] = pairs;
    }

    int of(int charOffset) {
        return pairsBefore == null ? charOffset : charOffset - pairsBefore[charOffset];
    }
}

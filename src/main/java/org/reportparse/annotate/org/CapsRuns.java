package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.Span;

/**
 * Runs of 2-10 capitals standing alone ("OAS", "AT&T"): what find() of the regex
 * {@code [A-Z](?<![\p{L}\p{N}\-].)[A-Z&]{1,9}(?![\p{L}\p{N}])} gives in a region (default bounds:
 * nothing outside the region is seen), as a char loop. The regex was tried at every character of
 * every sentence, and nearly every character fails its first test.
 */
final class CapsRuns {
    private static final int MAX_AFTER_FIRST = 9;

    private CapsRuns() {}

    static List<Span> in(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        for (int i = from; i + 1 < to; ) {
            int end = runAt(text, from, to, i);
            if (end > 0) {
                out.add(new Span(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The end of the run starting at i, or -1: the longest run of at most 10 that no letter or number follows. */
    private static int runAt(String text, int from, int to, int i) {
        char c = text.charAt(i);
        if (c < 'A' || c > 'Z') {
            return -1;
        }
        if (i > from && (text.charAt(i - 1) == '-' || Words.isWordChar(text.charAt(i - 1)))) {
            return -1; // the look-behind: inside a word
        }
        int max = i + 1;
        while (max < to && max - i <= MAX_AFTER_FIRST && isCapOrAmpersand(text.charAt(max))) {
            max++;
        }
        for (int end = max; end >= i + 2; end--) {
            if (!wordCharAt(text, end, to)) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isCapOrAmpersand(char c) {
        return c >= 'A' && c <= 'Z' || c == '&';
    }

    /** The look-ahead: a letter or number that lies wholly inside the region. */
    private static boolean wordCharAt(String text, int i, int to) {
        if (i >= to) {
            return false;
        }
        int cp = text.codePointAt(i);
        return i + Character.charCount(cp) <= to && Words.isWordChar(cp);
    }
}

package org.reportparse.annotate.place;

import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.Span;

/** Rough sentence split of a paragraph: ". ", "! ", "? " followed by an upper-case letter or a digit. */
final class Sentences {
    private Sentences() {}

    static List<Span> first(CharSequence text, Span paragraph, int max) {
        List<Span> out = new ArrayList<>();
        int start = paragraph.start();
        int end = paragraph.end();
        for (int i = start; i < end - 2 && out.size() < max - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))
                    && !abbreviation(text, i) && startsSentence(text, i + 1, end)) {
                out.add(new Span(start, i + 1));
                start = i + 1;
            }
        }
        if (start < end && out.size() < max) {
            out.add(new Span(start, end));
        }
        return out;
    }

    private static boolean startsSentence(CharSequence text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i)));
    }

    /** "D.C.", "St.", "U.S.": a one- or two-letter word before the period. */
    private static boolean abbreviation(CharSequence text, int i) {
        int j = i;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return i - j <= 2;
    }
}

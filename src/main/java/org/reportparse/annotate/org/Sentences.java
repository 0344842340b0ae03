package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.Span;

/** Splits a span of text into sentences; a period after a short token ("U.S.", "Dr.") ends none. */
final class Sentences {
    private Sentences() {}

    static List<Span> of(String text, Span span) {
        List<Span> out = new ArrayList<>();
        int start = span.start();
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < span.end()
                    && Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(text, start, i)) {
                out.add(new Span(start, i + 1));
                start = i + 1;
            }
        }
        if (start < span.end()) {
            out.add(new Span(start, span.end()));
        }
        return out;
    }

    private static boolean abbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        return !word.isEmpty() && (word.length() <= 2 && Character.isUpperCase(word.charAt(0)) || word.contains("."));
    }
}

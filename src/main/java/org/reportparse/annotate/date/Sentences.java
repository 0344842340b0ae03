package org.reportparse.annotate.date;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Span;

/** Splits a span of text into sentences at ".", "!" or "?" followed by space and a capital or quote. */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}¿¡\"“«(])|\\n\\s*\\n");

    private Sentences() {
    }

    static List<Span> of(String text, Span span) {
        List<Span> out = new ArrayList<>();
        Matcher m = END.matcher(text).region(span.start(), span.end());
        int from = span.start();
        while (m.find()) {
            if (!abbreviation(text, m.start())) {
                out.add(new Span(from, m.end()));
                from = m.end();
            }
        }
        if (from < span.end()) {
            out.add(new Span(from, span.end()));
        }
        return out;
    }

    /** "D.C. The" or "Dr. Smith": a one- or two-letter word before the period is not a sentence end. */
    private static boolean abbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return text.charAt(dot) == '.' && dot - k <= 2 && dot - k > 0 && Character.isUpperCase(text.charAt(k));
    }
}

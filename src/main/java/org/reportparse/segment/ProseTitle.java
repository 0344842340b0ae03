package org.reportparse.segment;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.date.DateMention;

/**
 * A title read from prose when a document gives none (a press release without a headline): the activity its
 * opening names, from the activity word to where the phrase ends ("Journalists ... completed a three-day training
 * on reporting on the Sustainable Development Goals today in Lomé" gives "training on reporting on the Sustainable
 * Development Goals"). Words ending the phrase: phrase-ends.tsv.
 */
final class ProseTitle {
    private static final Set<String> ENDS = Set.copyOf(Resources.foldedWords("phrase-ends.tsv"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’./-]+|[,;:()\"“”]");
    private static final int MAX_WORDS = 14;

    private ProseTitle() {}

    /** The activity phrase in a unit's opening (opening: that many chars of its text), or null. */
    static Span of(Unit u, int opening, ActivityWords words) {
        String t = u.text().substring(0, Math.min(opening, u.text().length()));
        int at = words.firstActivityAt(t);
        if (at < 0) {
            return null;
        }
        int end = phraseEnd(t, at, u.dates(), u.span().start());
        return end <= at ? null : new Span(u.span().start() + at, u.span().start() + end);
    }

    private static int phraseEnd(String t, int at, List<DateMention> dates, int offset) {
        Matcher m = WORD.matcher(t).region(at, t.length());
        int end = at;
        for (int n = 0; m.find(); n++) {
            String w = m.group();
            boolean inDate = dates.stream().anyMatch(d -> d.span().start() - offset <= m.start() && m.start() < d.span().end() - offset);
            boolean stop = w.length() == 1 && ",;:()\"“”".contains(w) || n > 0 && ENDS.contains(Resources.fold(w));
            if (stop || inDate || n >= MAX_WORDS) {
                return n >= MAX_WORDS && !stop && !inDate ? -1 : end;
            }
            end = m.end();
            if (w.endsWith(".")) {
                return end - 1; // the sentence ends
            }
        }
        return end;
    }
}

package org.reportparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reportparse.annotate.Phrases;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.WordStartPatterns;

/**
 * An activity the report says was not held: "The national conference planned for November 2021 in Monrovia was
 * postponed to 2022". Its section is dropped when its opening (title, header lines, first sentence) tells it was
 * called off and nothing in it tells it was held (called-off.tsv), so a report's activities are those that took
 * place. "A follow-up session had to be cancelled" later in a held activity's prose is another event's fate.
 */
final class CalledOff {
    // searched trying only the words a phrase can start with: a long alternation run at every character of
    // every section's opening was 4% of the annotators' time
    private static final WordStartPatterns OFF = WordStartPatterns.of(phrases("off"));
    private static final WordStartPatterns HELD = WordStartPatterns.of(phrases("held"));
    /** A sentence's end: a full stop before a capital. */
    private static final Pattern STOP = Pattern.compile("[.!?]\\s+(?=\\p{Lu})");

    private CalledOff() {}

    static boolean tells(Section s, String text) {
        List<Span> opening = new ArrayList<>(s.headerLines());
        if (s.title() != null) {
            opening.add(s.title());
        }
        if (!s.body().isEmpty()) {
            Span first = s.body().get(0);
            Matcher stop = STOP.matcher(text).region(first.start(), first.end());
            opening.add(stop.find() ? new Span(first.start(), stop.start()) : first);
        }
        if (!says(OFF, folded(opening, text))) {
            return false;
        }
        List<Span> all = new ArrayList<>(opening);
        all.addAll(s.body());
        return !says(HELD, folded(all, text));
    }

    private static boolean says(WordStartPatterns phrases, String folded) {
        return !phrases.find(folded, 0, folded.length()).isEmpty();
    }

    private static String folded(List<Span> spans, String text) {
        return spans.stream().map(sp -> Resources.fold(sp.of(text))).collect(Collectors.joining("\n"));
    }

    private static Pattern phrases(String kind) {
        return Pattern.compile("\\b(?:" + Resources.tsv("called-off.tsv").stream().filter(r -> r[1].strip().equals(kind))
                .map(r -> Phrases.quote(Resources.fold(r[0].strip())))
                .collect(Collectors.joining("|")) + ")\\b");
    }
}

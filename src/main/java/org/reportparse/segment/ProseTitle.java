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
    private static final Set<String> PLACE_CUES = Set.copyOf(Resources.tsv("phrase-ends.tsv").stream()
            .filter(r -> r.length > 1 && r[1].strip().equals("place")).map(r -> Resources.fold(r[0].strip())).toList());
    private static final Set<String> ARTICLES_AFTER_CUE = Set.of("the", "a", "an", "el", "la", "los", "las", "un", "una");

    /** The word after `at` is a name, a number or an article: a place or date follows the cue, not a topic. */
    private static boolean beforeName(String t, int at) {
        Matcher next = NEXT_WORD.matcher(t).region(at, t.length());
        if (!next.lookingAt()) {
            return true;
        }
        String w = next.group(1);
        return !Character.isLowerCase(w.charAt(0)) || ARTICLES_AFTER_CUE.contains(w);
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\S+)");

    private ProseTitle() {}

    /** The activity phrase in a unit's opening (opening: that many chars of its text), or null. */
    static Span of(Unit u, int opening, ActivityWords words) {
        return in(new Span(u.span().start(), u.span().start() + Math.min(opening, u.text().length())), u.text(),
                u.span().start(), u.dates(), words);
    }

    /**
     * The activity phrase in a stretch of prose (a sentence titling an activity: "On 5 October 2017, a regional meeting
     * of drug control heads was convened in Kathmandu" gives "meeting of drug control heads"), or null.
     */
    static Span in(Span prose, String text, List<DateMention> dates, ActivityWords words) {
        return in(prose, prose.of(text), prose.start(), dates, words);
    }

    /** s: text from offset on (a unit's text, or a stretch's own). */
    private static Span in(Span prose, String s, int offset, List<DateMention> dates, ActivityWords words) {
        String t = s.substring(0, prose.end() - offset);
        int from = prose.start() - offset;
        int at = words.firstActivityAt(t.substring(from));
        if (at < 0) {
            return null;
        }
        at += from;
        int end = phraseEnd(t, at, dates, offset);
        return end <= at ? null : new Span(offset + modifiersFrom(t, from, at), offset + end);
    }

    /**
     * Where the words that qualify the activity word start, back to its article ("held a policy dialogue" gives "policy
     * dialogue", "a regional round table"): at most three lower-case words, no duration ("a three-day training" gives
     * "training"); at the activity word itself when no article stands that close.
     */
    private static int modifiersFrom(String t, int from, int at) {
        int start = at;
        int words = 0;
        Matcher m = BEFORE.matcher(t.substring(from, at));
        List<int[]> before = new java.util.ArrayList<>();
        while (m.find()) {
            before.add(new int[] {from + m.start(), from + m.end()});
        }
        for (int i = before.size() - 1; i >= 0 && words <= MAX_MODIFIERS; i--, words++) {
            String w = t.substring(before.get(i)[0], before.get(i)[1]);
            if (ARTICLES.contains(Resources.fold(w))) {
                return start;
            }
            if (!LOWER_WORD.matcher(w).matches() || DURATION.matcher(w).find()) {
                return at;
            }
            start = before.get(i)[0];
        }
        return at;
    }

    private static final int MAX_MODIFIERS = 3;
    private static final Pattern BEFORE = Pattern.compile("[^\\s,;:()]+");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}-]*");
    /** "three-day", "half-day", "week-long": how long, not what kind. */
    private static final Pattern DURATION = Pattern.compile("-(?:day|days|week|weeks|month|months|hour|hours|long)$");
    private static final Set<String> ARTICLES = Set.copyOf(java.util.stream.Stream.concat(
            Resources.foldedWords("indefinite-articles.tsv").stream(), Resources.foldedWords("definite-articles.tsv").stream()).toList());

    private static int phraseEnd(String t, int at, List<DateMention> dates, int offset) {
        Matcher m = WORD.matcher(t).region(at, t.length());
        int end = at;
        for (int n = 0; m.find(); n++) {
            String w = m.group();
            boolean inDate = dates.stream().anyMatch(d -> d.span().start() - offset <= m.start() && m.start() < d.span().end() - offset);
            boolean stop = w.length() == 1 && ",;:()\"“”".contains(w) || n > 0 && ENDS.contains(Resources.fold(w))
                    && (!PLACE_CUES.contains(Resources.fold(w)) || beforeName(t, m.end()));
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

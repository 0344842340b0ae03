package org.reportparse.annotate.date;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words around a date that say whether it is the activity's date, from the lexicon's
 * skip-before, keep-before, skip-after, skip-sentence, keep-sentence, until, continues-until, number and dayunit lines.
 * Text is compared in a normalized form: lower case, letters only, single spaces.
 */
final class Cues {
    private static final int WINDOW = 60;

    private final Set<String> fillers;
    private final List<String> skipBefore;
    /** Longer phrases that end like a skip-before one and still give the activity's date ("ongoing since"). */
    private final List<String> keepBefore;
    private final List<String> skipAfter;
    /** Sentence cues padded with a space at each end, as they are looked for in a padded sentence. */
    private final List<String> skipSentence;
    private final List<String> keepSentence;
    private final List<String> until;
    private final List<String> continuesUntil;
    private final List<String> conclude;
    private final List<String> begin;
    private final List<String> weekOf;
    private final Set<String> endLabels;
    private final Pattern duration;
    private final Lexicon lex;

    Cues(Lexicon lex) {
        this.lex = lex;
        this.fillers = lex.words("cue-filler");
        this.skipBefore = phrases(lex, "skip-before", true);
        this.keepBefore = phrases(lex, "keep-before", true);
        this.skipAfter = phrases(lex, "skip-after", false);
        this.skipSentence = phrases(lex, "skip-sentence", false).stream().map(c -> " " + c + " ").toList();
        this.keepSentence = phrases(lex, "keep-sentence", false).stream().map(c -> " " + c + " ").toList();
        this.until = phrases(lex, "until", true);
        this.continuesUntil = phrases(lex, "continues-until", true);
        this.conclude = phrases(lex, "conclude", false);
        this.begin = phrases(lex, "begin", true);
        this.weekOf = phrases(lex, "week-of", false);
        this.endLabels = lex.words("end-label");
        String numbers = lex.entries("number").stream().map(e -> Pattern.quote(e.phrase())).collect(Collectors.joining("|"));
        String units = lex.entries("dayunit").stream().map(e -> Pattern.quote(e.phrase())).collect(Collectors.joining("|"));
        this.duration = Pattern.compile("(?<![\\p{L}\\d])(" + numbers + "|\\d{1,2})[-\\s](?:" + units + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private List<String> phrases(Lexicon lex, String type, boolean trimFillers) {
        return lex.entries(type).stream().map(e -> trimFillers ? trimEnd(e.phrase()) : e.phrase()).distinct().toList();
    }

    /** The date at [start, end) of text is not the activity's (postponed from, published on, since...). */
    boolean skipped(String text, int lineStart, int start, int end, int lineEnd) {
        String before = normalize(text.substring(Math.max(lineStart, start - WINDOW), start));
        String after = normalize(text.substring(end, Math.min(lineEnd, end + WINDOW)));
        // a mention may begin with its opener ("from 6 to 8 May"): "postponed" + "from" is the cue
        String first = normalize(text.substring(start, end)).split(" ")[0];
        String withOpener = lex.words("opener").contains(first) ? before + " " + first : before;
        if (startsWithAny(after, skipAfter)) {
            return true;
        }
        for (String b : List.of(trimEnd(before), trimEnd(withOpener))) {
            if (endsWithAny(b, skipBefore) && !endsWithAny(b, keepBefore)) {
                return true;
            }
        }
        return false;
    }

    /** The date at start follows "until"/"hasta": it ends a range begun earlier in the sentence. */
    boolean endsRange(String text, int lineStart, int start) {
        return follows(text, lineStart, start, until);
    }

    /** The date at start follows "runs until"/"se extenderá hasta": the activity goes on to that day. */
    boolean continuesUntil(String text, int lineStart, int start) {
        return follows(text, lineStart, start, continuesUntil);
    }

    /**
     * The sentence says the activity ended on the date at [start, end) ("completed a three-day course today",
     * or right after it: "today closed a three-day dialogue").
     */
    boolean concludes(String text, int lineStart, int start, int end, int lineEnd) {
        String before = " " + normalize(text.substring(lineStart, start)) + " ";
        String after = normalize(text.substring(end, Math.min(lineEnd, end + WINDOW)));
        return conclude.stream().anyMatch(c -> before.contains(" " + c + " ")) || startsWithAny(after, conclude);
    }

    /** Whether one of the phrases stands right before start (fillers aside), within the line. */
    private boolean follows(String text, int lineStart, int start, List<String> phrases) {
        return endsWithAny(trimEnd(normalize(text.substring(Math.max(lineStart, start - WINDOW), start))), phrases);
    }

    /** The date at start follows "began"/"se inició": it is the activity's first day. */
    boolean begins(String text, int lineStart, int start) {
        return follows(text, lineStart, start, begin);
    }

    /** The date at start follows "the week of"/"la semana del": its day opens a week. */
    boolean opensWeek(String text, int lineStart, int start, int end) {
        String before = normalize(text.substring(Math.max(lineStart, start - WINDOW), start)).strip();
        // a mention may begin with its opener: "la semana del 8 de enero"
        String first = normalize(text.substring(start, end)).split(" ")[0];
        return endsWithAny(before, weekOf) || lex.words("opener").contains(first) && endsWithAny(before + " " + first, weekOf);
    }

    /** A form label that names the end of the activity ("End date:", "Fecha de finalización"). */
    boolean endLabel(String label) {
        for (String w : normalize(label).split(" ")) {
            if (endLabels.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence about preparations or an earlier report, not the event itself. */
    boolean skippedSentence(String sentence) {
        String s = " " + normalize(sentence) + " ";
        return skipSentence.stream().anyMatch(s::contains) && keepSentence.stream().noneMatch(s::contains);
    }

    /** The length in days a sentence gives its event ("a two-day course"), or 0. */
    int durationDays(String sentence) {
        Matcher m = duration.matcher(sentence);
        if (!m.find()) {
            return 0;
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n);
        }
        return lex.entries("number").stream().filter(e -> e.phrase().equals(n)).findFirst()
                .map(Lexicon.Entry::intValue).orElse(0);
    }

    /** s is one of the cues or ends with a space and one (tested without building " " + cue for each). */
    private static boolean endsWithAny(String s, List<String> cues) {
        for (String c : cues) {
            if (s.endsWith(c) && (s.length() == c.length() || s.charAt(s.length() - c.length() - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** s is one of the cues or starts with one and a space. */
    private static boolean startsWithAny(String s, List<String> cues) {
        for (String c : cues) {
            if (s.startsWith(c) && (s.length() == c.length() || s.charAt(c.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private String trimEnd(String s) {
        String t = s;
        while (true) {
            int sp = t.lastIndexOf(' ');
            String last = t.substring(sp + 1);
            if (!fillers.contains(last) || t.isEmpty()) {
                return t;
            }
            t = sp < 0 ? "" : t.substring(0, sp);
        }
    }

    /** Lower case, each run of non-letters one space, trimmed (a char loop: this runs around every candidate date). */
    static String normalize(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.appendCodePoint(cp);
                gap = false;
            } else {
                gap = true;
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}

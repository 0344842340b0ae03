package org.reportparse.annotate.org;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "the Secretary General of the OAS", "la Ministra de Salud de", "the Minister of Foreign Affairs":
 * an office held by a person (office-titles.txt), then "of"/"de" and what the office is of, a body
 * or a portfolio.
 */
final class OfficeOf {
    private static final List<String> TITLES = Resources.lines("office-titles.txt");
    private static final Pattern BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:"
            + String.join("|", TITLES.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())
            + ")\\s+(?:of|for|de|del)\\s+(?:(?:the|la|el|los|las)\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before a name its office title can start. */
    private static final int REACH = 45;

    /** What BEFORE's "of" may be, and the articles that may follow it (case aside). */
    private static final List<String> CONNECTORS = List.of("of", "for", "de", "del");
    private static final List<String> ARTICLES = List.of("the", "la", "el", "los", "las");
    /**
     * The letters ending each title, case-folded as the pattern compares them ("general" of "Secretary
     * General" and "Director-General"); null when a title ends in another character.
     */
    private static final Set<String> LAST_LETTERS = TITLES.stream().allMatch(t -> Character.isLetter(t.charAt(t.length() - 1)))
            ? TITLES.stream().map(t -> folded(t, lettersBefore(t, 0, t.length()), t.length())).collect(Collectors.toSet()) : null;

    private OfficeOf() {}

    /** Where the office title ending right at text[end] begins, or -1: text[from, end) is searched. */
    static int titleBefore(String text, int from, int end) {
        int lo = Math.max(from, end - REACH);
        if (!mayEndWithTitle(text, lo, end)) {
            return -1; // nearly every name: no title and "of"/"de" right before it, so the long alternation is not run
        }
        Matcher m = BEFORE.matcher(text).region(lo, end);
        if (!m.find()) {
            return -1;
        }
        int s = m.start();
        return s < text.length() && !Character.isLetter(text.charAt(s)) ? s + 1 : s;
    }

    /**
     * Whether text[lo, end) ends as a match of BEFORE must: a title's last word, a connector, perhaps
     * an article, each followed by white space. Words are told by white space and line ends and
     * compared ignoring case as the pattern does, so every text the pattern matches passes.
     */
    private static boolean mayEndWithTitle(String text, int lo, int end) {
        int wordEnd = spaceBefore(text, lo, end);
        if (wordEnd == end) {
            return false;
        }
        int word = wordBefore(text, lo, wordEnd);
        if (!isOneOf(text, word, wordEnd, CONNECTORS)) {
            int connectorEnd = spaceBefore(text, lo, word);
            if (connectorEnd == word || !isOneOf(text, word, wordEnd, ARTICLES)) {
                return false;
            }
            word = wordBefore(text, lo, connectorEnd);
            if (!isOneOf(text, word, connectorEnd, CONNECTORS)) {
                return false;
            }
        }
        int titleEnd = spaceBefore(text, lo, word);
        return titleEnd < word && (LAST_LETTERS == null || LAST_LETTERS.contains(folded(text, lettersBefore(text, lo, titleEnd), titleEnd)));
    }

    /**
     * Whether an office title follows text[.., end) after white space, as a whole word: "the UNDP
     * Resident Representative said", "OAS Secretary General José Miguel Insulza".
     */
    static boolean titleAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        if (i == end || i == text.length() || !Character.isUpperCase(text.charAt(i))) {
            return false; // a title after a name is capitalized; most names are followed by none
        }
        for (String t : TITLES) {
            int e = i + t.length();
            if (text.regionMatches(true, i, t, 0, t.length()) && (e == text.length() || !Character.isLetter(text.charAt(e)))) {
                return true;
            }
        }
        return false;
    }

    /** Where the letters running back from end start, not before lo. */
    private static int lettersBefore(String text, int lo, int end) {
        int i = end;
        while (i > lo && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** text[start, end) with each character folded as a case-insensitive Unicode pattern folds it. */
    private static String folded(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            b.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return b.toString();
    }

    /** Where the white space (and line ends) running back from end starts, not before lo. */
    private static int spaceBefore(String text, int lo, int end) {
        int i = end;
        while (i > lo && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the word running back from end starts, not before lo. */
    private static int wordBefore(String text, int lo, int end) {
        int i = end;
        while (i > lo && !isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The regex's \s, and the line terminators its $ may stand before. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isOneOf(String text, int start, int end, List<String> words) {
        for (String w : words) {
            if (w.length() == end - start && text.regionMatches(true, start, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }
}

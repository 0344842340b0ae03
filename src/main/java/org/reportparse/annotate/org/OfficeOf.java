package org.reportparse.annotate.org;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** The last word of each title ("General" of "Secretary General"). */
    private static final List<String> LAST_WORDS = TITLES.stream().map(t -> t.substring(t.lastIndexOf(' ') + 1)).distinct().toList();

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
        return titleEnd < word && endsWithOneOf(text, lo, titleEnd, LAST_WORDS);
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

    /** Whether text[lo, end) ends with one of words, case aside (a title's last word may follow "Vice-" or a bracket). */
    private static boolean endsWithOneOf(String text, int lo, int end, List<String> words) {
        for (String w : words) {
            if (end - lo >= w.length() && text.regionMatches(true, end - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
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

package org.reportparse.annotate.org;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the Secretary General of the OAS", "la Ministra de Salud de", "the Minister of Foreign Affairs":
 * an office held by a person (office-titles.txt), then "of"/"de" and what the office is of, a body
 * or a portfolio.
 */
final class OfficeOf {
    private static final Pattern BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:"
            + String.join("|", Resources.lines("office-titles.txt").stream()
                    .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())
            + ")\\s+(?:of|for|de|del)\\s+(?:(?:the|la|el|los|las)\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before a name its office title can start. */
    private static final int REACH = 45;

    private OfficeOf() {}

    /** Where the office title ending right at text[end] begins, or -1: text[from, end) is searched. */
    static int titleBefore(String text, int from, int end) {
        Matcher m = BEFORE.matcher(text).region(Math.max(from, end - REACH), end);
        if (!m.find()) {
            return -1;
        }
        int s = m.start();
        return s < text.length() && !Character.isLetter(text.charAt(s)) ? s + 1 : s;
    }
}

package org.reportparse.annotate.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words, numbers and punctuation for the date grammar. Number clusters such as
 * "2.1", "1,200", "10:30" or "458-3000" become OTHERNUM so they can never be read as days or years;
 * "12-13" (a glued day range) is split into NUM - NUM.
 */
final class Tokenizer {
    private static final String CLUSTER_INNER = "./:,-";
    /** A number glued after one of these is a code or an amount, not a date ("US$25", "O/03"). */
    private static final String GLUE_BEFORE = "$€£#/";

    /** Day range sharing month and year, day-first: "25-27.01.2010", "12-14/05/2010". */
    private static final Pattern SHARED_MONTH_RANGE =
            Pattern.compile("(\\d{1,2})-(\\d{1,2})([./])(\\d{1,2})\\3(\\d{4}|\\d{2})");

    /** An ISO 8601 interval: "2014-03-03/05", "2014-03-30/04-02", "2014-03-03/2014-03-05". */
    private static final Pattern ISO_INTERVAL =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})/(?:(?:(\\d{4})-)?(\\d{2})-)?(\\d{2})");

    private static final Pattern DATE_SEPARATOR = Pattern.compile("[./-]");

    /** One-character strings of ASCII punctuation, shared: String.valueOf made one per sign. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private final Set<String> ordinalSuffixes;
    private final Vocabulary vocabulary;

    /** @param vocabulary every word a grammar may compare these tokens with (see {@link Vocabulary}) */
    Tokenizer(Set<String> ordinalSuffixes, Vocabulary vocabulary) {
        this.ordinalSuffixes = ordinalSuffixes;
        this.vocabulary = vocabulary;
    }

    List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        boolean newline = false;
        int breaks = 0;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u2029') {
                // a wrapped line continues its expression ("December 1-2,\n2005"); a blank line ends it
                newline = ++breaks >= 2 || c == '\u2029';
                i++;
            } else if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isDigit(c)) {
                breaks = 0;
                i = number(text, i, to, newline, out);
                newline = false;
            } else if (isLetter(c)) {
                breaks = 0;
                int j = i;
                boolean ascii = true;
                int hash = 0; // of the word's lower case while it is ASCII (String's hash: see Vocabulary)
                for (char d; j < to && isLetter(d = text.charAt(j)); j++) {
                    ascii &= d < 128;
                    hash = 31 * hash + (d | 0x20);
                }
                String lower = ascii ? vocabulary.ofAscii(text, i, j, hash) : vocabulary.of(text, i, j);
                out.add(new Token(Token.Type.WORD, i, j, lower, Character.isUpperCase(c), newline, 0, 0, false, null, '\0'));
                newline = false;
                i = j;
            } else {
                breaks = 0;
                out.add(new Token(Token.Type.PUNCT, i, i + 1, c < ASCII.length ? ASCII[c] : String.valueOf(c), false,
                        newline, 0, 0, false, null, '\0'));
                newline = false;
                i++;
            }
        }
        return out;
    }

    /** Ordinal indicators that may follow a number and a dot ("1.º", "1.ª"). */
    private static final String ORDINAL_MARKS = "º°ª";

    private int number(String text, int start, int to, boolean newline, List<Token> out) {
        int j = start;
        while (j < to) {
            char c = text.charAt(j);
            if (isDigit(c)) {
                j++;
            } else if (CLUSTER_INNER.indexOf(c) >= 0 && j + 1 < to && isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        String cluster = text.substring(start, j);
        boolean glued = start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1))
                || GLUE_BEFORE.indexOf(text.charAt(start - 1)) >= 0);
        // letters glued after the number: an ordinal suffix or a unit ("5km", "3pm")
        int k = j;
        if (k + 1 < to && text.charAt(k) == '.' && ORDINAL_MARKS.indexOf(text.charAt(k + 1)) >= 0) {
            k++; // "1.º de junio"
        }
        while (k < to && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '°')) {
            k++;
        }
        String tail = text.substring(j, k).replace(".", "").toLowerCase(Locale.ROOT);
        boolean ordinal = !tail.isEmpty() && ordinalSuffixes.contains(tail);
        if (ordinal && text.startsWith(". de ", k)) {
            k++; // "1ro. de junio": the abbreviation's dot
        }
        boolean unit = !tail.isEmpty() && !ordinal;
        int end = ordinal ? k : j;
        if (glued || unit) {
            out.add(other(start, unit ? k : j, cluster, newline));
            return unit ? k : j;
        }
        if (allDigits(cluster)) {
            out.add(num(start, end, cluster, newline, ordinal));
            return end;
        }
        int[] parts = numericDate(cluster);
        if (parts != null && !ordinal) {
            char sep = (char) cluster.chars().filter(ch -> !isDigit(ch)).findFirst().orElse('-');
            out.add(new Token(Token.Type.NUMDATE, start, j, cluster, false, newline, 0, cluster.length(), false,
                    parts, sep));
            return j;
        }
        Matcher shared = SHARED_MONTH_RANGE.matcher(cluster);
        if (shared.matches() && !ordinal) {
            // "25-27.01.2010": two numeric dates sharing month and year, as NUMDATE - NUMDATE
            int m = Integer.parseInt(shared.group(4));
            int y = Integer.parseInt(shared.group(5));
            y = y < 100 ? 2000 + y : y;
            char sep = shared.group(3).charAt(0);
            int dash = start + shared.end(1);
            out.add(new Token(Token.Type.NUMDATE, start, dash, cluster, false, newline, 0, 0, false,
                    new int[] {Integer.parseInt(shared.group(1)), m, y, 2}, sep));
            out.add(new Token(Token.Type.PUNCT, dash, dash + 1, "-", false, false, 0, 0, false, null, '\0'));
            out.add(new Token(Token.Type.NUMDATE, dash + 1, j, cluster, false, false, 0, 0, false,
                    new int[] {Integer.parseInt(shared.group(2)), m, y, 2}, sep));
            return j;
        }
        Matcher interval = ISO_INTERVAL.matcher(cluster);
        if (interval.matches() && !ordinal) {
            // "2014-03-03/05": two year-first dates, the second taking its year and month from the first if not given
            int y = Integer.parseInt(interval.group(1));
            int m = Integer.parseInt(interval.group(2));
            int y2 = interval.group(4) != null ? Integer.parseInt(interval.group(4)) : y;
            int m2 = interval.group(5) != null ? Integer.parseInt(interval.group(5)) : m;
            int slash = start + cluster.indexOf('/');
            out.add(new Token(Token.Type.NUMDATE, start, slash, cluster, false, newline, 0, 0, false,
                    new int[] {m, Integer.parseInt(interval.group(3)), y, 1}, '-'));
            out.add(new Token(Token.Type.PUNCT, slash, slash + 1, "-", false, false, 0, 0, false, null, '\0'));
            out.add(new Token(Token.Type.NUMDATE, slash + 1, j, cluster, false, false, 0, 0, false,
                    new int[] {m2, Integer.parseInt(interval.group(6)), y2, 1}, '-'));
            return j;
        }
        int dash = cluster.indexOf('-');
        if (dash > 0 && cluster.indexOf('-', dash + 1) < 0 && allDigits(cluster.substring(0, dash))
                && allDigits(cluster.substring(dash + 1))) {
            // "12-13" or "2005-2006": two numbers joined by a dash
            out.add(num(start, start + dash, cluster.substring(0, dash), newline, false));
            out.add(new Token(Token.Type.PUNCT, start + dash, start + dash + 1, "-", false, false, 0, 0, false,
                    null, '\0'));
            out.add(num(start + dash + 1, end, cluster.substring(dash + 1), false, ordinal));
            return end;
        }
        int slash = cluster.indexOf('/');
        if (cluster.length() == 9 && slash == 4) {
            // "2012/2013": a span of years
            out.add(num(start, start + 4, cluster.substring(0, 4), newline, false));
            out.add(new Token(Token.Type.PUNCT, start + 4, start + 5, "/", false, false, 0, 0, false, null, '\0'));
            out.add(num(start + 5, j, cluster.substring(5), false, false));
            return j;
        }
        out.add(other(start, end, cluster, newline));
        return end;
    }

    /**
     * Parts of a numeric date: [first, second, year, 0] for "d.m.yyyy"-like clusters (order unknown),
     * [month, day, year, 1] for year-first ISO "yyyy-mm-dd"; null otherwise. (A shared-month range
     * "25-27.01.2010" gives [day, month, year, 2]: day-first by its form.)
     */
    private static int[] numericDate(String s) {
        String[] p = DATE_SEPARATOR.split(s, -1);
        if (p.length != 3) {
            return null;
        }
        char s1 = s.charAt(p[0].length());
        char s2 = s.charAt(p[0].length() + 1 + p[1].length());
        if (s1 != s2) {
            return null;
        }
        if (p[0].length() <= 2 && p[1].length() <= 2 && !p[0].isEmpty() && !p[1].isEmpty()) {
            if (p[2].length() == 4) {
                return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), 0};
            }
            if (p[2].length() == 2 && s1 != '-') {
                // "05/12/07": two-digit years are this century's (reports of the 1900s rarely write them so)
                return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), 2000 + Integer.parseInt(p[2]), 0};
            }
        }
        // year first: ISO "2014-03-05", and "2014/03/05", "2014.03.05" as East Asian and some European reports write it
        if (p[0].length() == 4 && p[1].length() == 2 && p[2].length() == 2) {
            return new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[0]), 1};
        }
        return null;
    }

    private static Token num(int start, int end, String digits, boolean newline, boolean ordinal) {
        int v = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        return new Token(Token.Type.NUM, start, end, digits, false, newline, v, digits.length(), ordinal, null, '\0');
    }

    private static Token other(int start, int end, String text, boolean newline) {
        return new Token(Token.Type.OTHERNUM, start, end, text, false, newline, 0, 0, false, null, '\0');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Character.isLetter, with plain ASCII (nearly every character of a report) answered without a table look-up. */
    private static boolean isLetter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c);
    }
}

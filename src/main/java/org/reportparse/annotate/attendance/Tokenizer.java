package org.reportparse.annotate.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, digit groups (with separators and ordinal suffixes kept) and punctuation.
 * The rules, tried in this order at each non-space character (a char loop: this runs over every
 * section's text):
 * <ol>
 *   <li>thousands groups with a no-break or thin space: "1 200" (1-3 digits, then groups of 3, no digit after);</li>
 *   <li>digits with "." or "," groups and an optional ordinal suffix ("1,200", "2.5", "15th", "1º"), not followed by a letter;</li>
 *   <li>a word: a letter or mark, then letters, marks and apostrophes;</li>
 *   <li>digits glued to letters ("5km");</li>
 *   <li>any other single character (a digit of "12,5x" among them).</li>
 * </ol>
 * Only ASCII digits are digits here; letters and marks are Unicode ones, read by code point.
 */
final class Tokenizer {
    private static final String GROUP_SPACES = "\u00A0\u202F\u2009";
    private static final String[] ORDINAL_SUFFIXES = {"st", "nd", "rd", "th", "º", "ª", "°"};

    private Tokenizer() {}

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = isSpace(text.charAt(i)) ? i : tokenEnd(text, i, to);
            if (end == i) {
                i++; // a space, or half of a surrogate pair cut by the region's end
                continue;
            }
            String s = text.substring(i, end);
            Token.Type type = Character.isDigit(s.charAt(0)) ? Token.Type.NUMBER
                    : Character.isLetter(s.charAt(0)) ? Token.Type.WORD : Token.Type.PUNCT;
            out.add(new Token(s, s.toLowerCase(Locale.ROOT).replace('’', '\''), i, end, type));
            i = end;
        }
        return out;
    }

    /** The end of the token starting at the non-space character text[i], or i when none fits before to. */
    private static int tokenEnd(String text, int i, int to) {
        if (isDigit(text.charAt(i))) {
            int digitsEnd = digits(text, i, to);
            int grouped = spaceGrouped(text, i, digitsEnd, to);
            if (grouped > 0) {
                return grouped;
            }
            int number = numberWithSuffix(text, digitsEnd, to);
            if (letterAt(text, number, to) == 0) {
                return number;
            }
            int letters = digitsEnd;
            for (int n; (n = letterAt(text, letters, to)) > 0; ) {
                letters += n;
            }
            return letters > digitsEnd ? letters : i + 1;
        }
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (next > to) {
            return i;
        }
        if (Character.isLetter(cp) || isMark(cp)) {
            int j = next;
            for (int n; (n = wordCharAt(text, j, to)) > 0; ) {
                j += n;
            }
            return j;
        }
        return next;
    }

    /** Rule 1: "1 200 000" from the digits [i, digitsEnd); its end, or 0 when it does not apply. */
    private static int spaceGrouped(String text, int i, int digitsEnd, int to) {
        if (digitsEnd - i > 3) {
            return 0;
        }
        int j = digitsEnd;
        while (j + 4 <= to && GROUP_SPACES.indexOf(text.charAt(j)) >= 0 && isDigit(text.charAt(j + 1))
                && isDigit(text.charAt(j + 2)) && isDigit(text.charAt(j + 3))) {
            j += 4;
        }
        return j > digitsEnd && !(j < to && isDigit(text.charAt(j))) ? j : 0;
    }

    /** Rule 2 without its final test: "." or "," digit groups after the first digits, then an ordinal suffix. */
    private static int numberWithSuffix(String text, int digitsEnd, int to) {
        int j = digitsEnd;
        while (j + 1 < to && (text.charAt(j) == '.' || text.charAt(j) == ',') && isDigit(text.charAt(j + 1))) {
            j = digits(text, j + 1, to);
        }
        for (String suffix : ORDINAL_SUFFIXES) {
            if (text.startsWith(suffix, j) && j + suffix.length() <= to) {
                return j + suffix.length();
            }
        }
        return j;
    }

    private static int digits(String text, int i, int to) {
        int j = i;
        while (j < to && isDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The length of the letter at text[j] (a code point wholly before to), or 0. */
    private static int letterAt(String text, int j, int to) {
        if (j >= to) {
            return 0;
        }
        int cp = text.codePointAt(j);
        int n = Character.charCount(cp);
        return j + n <= to && Character.isLetter(cp) ? n : 0;
    }

    /** The length of the letter, mark or apostrophe at text[j] (wholly before to), or 0. */
    private static int wordCharAt(String text, int j, int to) {
        if (j >= to) {
            return 0;
        }
        int cp = text.codePointAt(j);
        int n = Character.charCount(cp);
        return j + n <= to && (Character.isLetter(cp) || isMark(cp) || cp == '\'' || cp == '’') ? n : 0;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The regex white space that separates tokens: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

package org.reportparse.annotate.org;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalization shared by look-ups and de-duplication: case, accents, apostrophes and "the" do not matter. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("[’'`]s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Names() {}

    static String key(String s) {
        if (isPlainWords(s)) {
            // Fast path for the common case (ASCII words and single spaces): the general path's
            // normalization and three regex passes give the same result, at many times the cost.
            String t = s.toLowerCase(Locale.ROOT);
            return t.startsWith("the ") ? t.substring(4) : t;
        }
        return isAscii(s) ? asciiKey(s) : generalKey(s);
    }

    /** The key by normalization and regular expressions: any text. */
    static String generalKey(String s) {
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        t = t.toLowerCase(Locale.ROOT).replace("&", " and ");
        t = POSSESSIVE.matcher(t).replaceAll("s");
        t = NON_WORD.matcher(t).replaceAll(" ").trim();
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    /**
     * The same key in one pass over ASCII text (names with commas, hyphens, dots, apostrophes), which
     * has no marks to strip: the general path's normalizer and regex passes were 4% of the annotators' time.
     */
    static String asciiKey(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == '&') {
                space = true;
                appendWord(b, "and", space);
                continue;
            }
            boolean possessive = (c == '\'' || c == '`') && i + 1 < s.length() && Character.toLowerCase(s.charAt(i + 1)) == 's'
                    && (i + 2 == s.length() || !isRegexWordChar(s.charAt(i + 2)));
            if (possessive) {
                continue; // "Women's" -> "womens"
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        String t = b.toString();
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    private static void appendWord(StringBuilder b, String word, boolean space) {
        if (space && b.length() > 0) {
            b.append(' ');
        }
        b.append(word);
    }

    /** A word character as {@code \b} judges one here (ASCII text): letter, digit or underscore. */
    private static boolean isRegexWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** ASCII letters and digits separated by single spaces, nothing else. */
    private static boolean isPlainWords(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!word && !(c == ' ' && s.charAt(i - 1) != ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Drops a leading article and surrounding quotes/space from a name as written. */
    static String clean(String s) {
        String t = s.strip().replaceAll("^[\"“”‘’']+|[\"“”‘’']+$", "").strip();
        return t.replaceFirst("^(?i:the|la|el|los|las)\\s+", "");
    }

    static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}

package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.List;

/** Letter/digit runs of a text with their offsets: the unit registry names are matched on. */
final class Words {
    /**
     * A word as written and its look-up key ({@link Names#key}), both made on first use: most words
     * of a text are never looked up.
     */
    static final class Word {
        private final String text;
        private final int start;
        private final int end;
        private String raw;
        private String key;
        /** rawHash(), once computed (the registry and the rules both ask); 0 until then. */
        private int rawHash;
        private boolean hashed;

        Word(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String raw() {
            if (raw == null) {
                raw = text.substring(start, end);
            }
            return raw;
        }

        /** The first character as written. */
        char first() {
            return text.charAt(start);
        }

        /** raw().hashCode(), without making raw. */
        int rawHash() {
            if (!hashed) {
                int h = 0;
                for (int i = start; i < end; i++) {
                    h = 31 * h + text.charAt(i);
                }
                rawHash = h;
                hashed = true;
            }
            return rawHash;
        }

        /** key().hashCode(), without making the key when the word is plain ASCII (its key is then its lowercase). */
        int keyHash() {
            int h = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    return key().hashCode();
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            return h;
        }

        String key() {
            if (key == null) {
                key = Names.key(raw());
            }
            return key;
        }
    }

    private Words() {}

    /** The runs of letters and numbers ([\p{L}\p{N}]+) in text[from, to); a loop, as this runs on every sentence. */
    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        for (int start = nextWordChar(text, from, to), end; start < to; start = nextWordChar(text, end, to)) {
            end = afterWordChars(text, start, to);
            out.add(new Word(text, start, end));
        }
        return out;
    }

    /** Where the next letter or digit is at or after i in text[i, to), or to when there is none. */
    static int nextWordChar(String text, int i, int to) {
        while (i < to) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * The end of the organization rules' token starting at a letter or digit: letters and digits joined
     * by . ' ’ or - ("U.S.", "Anti-Trafficking", "d'Ivoire"), with one closing period, as the regex
     * [\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.? would match. A loop, as this runs on every word.
     */
    static int tokenEnd(String text, int start, int to) {
        int i = afterWordChars(text, start, to);
        while (i + 1 < to && JOINERS.indexOf(text.charAt(i)) >= 0 && isWordChar(text.codePointAt(i + 1))) {
            i = afterWordChars(text, i + 1, to);
        }
        return i < to && text.charAt(i) == '.' ? i + 1 : i;
    }

    private static final String JOINERS = ".'’-";

    static int afterWordChars(String text, int i, int to) {
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    /** The first word of a text that has one: of(text).get(0).raw() without the others. */
    static String first(String text) {
        int start = nextWordChar(text, 0, text.length());
        return text.substring(start, afterWordChars(text, start, text.length()));
    }
}

package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.List;

/** Letter/digit runs of a text with their offsets: the unit registry names are matched on. */
final class Words {
    /** A word as written and its look-up key ({@link Names#key}), computed on first use: most words never need it. */
    static final class Word {
        private final int start;
        private final int end;
        private final String raw;
        private String key;

        Word(int start, int end, String raw) {
            this.start = start;
            this.end = end;
            this.raw = raw;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String raw() {
            return raw;
        }

        String key() {
            if (key == null) {
                key = Names.key(raw);
            }
            return key;
        }
    }

    private Words() {}

    /** The runs of letters and numbers ([\p{L}\p{N}]+) in text[from, to); a loop, as this runs on every sentence. */
    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < to && isWordChar(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            String raw = text.substring(start, i);
            out.add(new Word(start, i, raw));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
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
}

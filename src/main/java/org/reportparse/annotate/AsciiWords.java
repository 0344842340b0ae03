package org.reportparse.annotate;

/**
 * Word lists looked up by a range of a text holding ASCII letters only, without a lower-cased copy
 * of every word read (the date tokenizer, the language guesser).
 */
public final class AsciiWords {
    private AsciiWords() {}

    /** Whether text[from, to), ASCII letters, is word once lower-cased (word is in lower case). */
    public static boolean sameLowerCase(String word, String text, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != (text.charAt(from + i) | 0x20)) {
                return false;
            }
        }
        return true;
    }
}

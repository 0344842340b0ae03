package org.reportparse.annotate.place;

import java.util.Collection;

/**
 * A set of lower-case ASCII words tested on a word's chars in a text, without making a String of
 * them: one bit per hash (String's hash of the lower-cased chars). It may say yes for a word not in
 * the set, never no for one in it, so a "no" may skip the word's String and its look-ups.
 */
final class WordHashes {
    private static final int BITS = 1 << 16;
    private final long[] bits = new long[BITS / 64];

    WordHashes(Collection<String> words) {
        for (String w : words) {
            set(w.hashCode());
        }
    }

    private void set(int h) {
        int i = slot(h);
        bits[i >>> 6] |= 1L << i;
    }

    private static int slot(int h) {
        return (h ^ h >>> 16) & BITS - 1;
    }

    /** Whether text[from, to), ASCII letters and digits lower-cased, may be one of the words. */
    boolean mayContain(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        int i = slot(h);
        return (bits[i >>> 6] & 1L << i) != 0;
    }
}

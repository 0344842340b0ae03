package org.reportparse.annotate.date;

import java.util.Collection;
import java.util.Locale;
import org.reportparse.annotate.AsciiWords;

/**
 * The lower-case words of the date lexicons, for the tokenizer. A word of the text is read as its
 * lexicon spelling, or as {@link #OTHER} when no lexicon has it: the grammar only ever compares a
 * token with lexicon words, so it reads the same, and the tokenizer no longer copies and lower-cases
 * every word of a report (most of them are no date word). An ASCII word is looked up in place.
 */
final class Vocabulary {
    /** Every word no lexicon has. A lexicon word holds no space, so this equals none of them. */
    static final String OTHER = " other word ";

    /** Open addressing by the lower-case word's String hash; a power of two long. */
    private final String[] table;
    private final int mask;
    private final int longest;

    Vocabulary(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(words.size(), 1) * 4 - 1) << 1;
        table = new String[size];
        mask = size - 1;
        int max = 0;
        for (String w : words) {
            int slot = slot(w.hashCode());
            while (table[slot] != null && !table[slot].equals(w)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = w;
            max = Math.max(max, w.length());
        }
        longest = max;
    }

    /**
     * The lexicon spelling of text[from, to), a word of ASCII letters only, or OTHER. The caller
     * reading the word gives its hash: String's hash of its lower case (c | 0x20 for an ASCII letter).
     */
    String ofAscii(String text, int from, int to, int hash) {
        if (to - from > longest) {
            return OTHER;
        }
        for (int slot = slot(hash); table[slot] != null; slot = (slot + 1) & mask) {
            if (AsciiWords.sameLowerCase(table[slot], text, from, to)) {
                return table[slot];
            }
        }
        return OTHER;
    }

    /** The lexicon spelling of text[from, to), a word with letters beyond ASCII, or OTHER. */
    String of(String text, int from, int to) {
        String w = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (int slot = slot(w.hashCode()); table[slot] != null; slot = (slot + 1) & mask) {
            if (table[slot].equals(w)) {
                return table[slot];
            }
        }
        return OTHER;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}

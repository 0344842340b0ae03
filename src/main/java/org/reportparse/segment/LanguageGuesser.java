package org.reportparse.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportparse.annotate.AsciiWords;

/** Guesses a document's main language by counting frequent function words (stopwords.tsv). */
public final class LanguageGuesser {
    /** How much of a document is read: enough words to tell, whatever the document's length. */
    private static final int SAMPLE = 20000;
    /** Compiled once: String.split compiles a regex like this on every call. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** word -> the languages listing it: one look-up per word of the sample. */
    private final Map<String, List<String>> languagesOf = new HashMap<>();
    /** The longest listed word: a longer plain ASCII word is not looked up. */
    private int longest;
    /**
     * The listed words again, by the String hash of their lower case (open addressing, a power of two
     * long), with their languages: a run of ASCII letters is looked up in place, without a lower-cased copy.
     */
    private String[] asciiWords;
    private List<List<String>> asciiLanguages;

    public static LanguageGuesser load() {
        LanguageGuesser g = new LanguageGuesser();
        for (String[] row : Resources.tsv("stopwords.tsv")) {
            for (String w : new HashSet<>(List.of(row[1].split("\\s+")))) {
                g.languagesOf.computeIfAbsent(w, k -> new ArrayList<>()).add(row[0]);
                g.longest = Math.max(g.longest, w.length());
            }
        }
        g.index();
        return g;
    }

    private void index() {
        int size = Integer.highestOneBit(Math.max(languagesOf.size(), 1) * 4 - 1) << 1;
        asciiWords = new String[size];
        asciiLanguages = new ArrayList<>(Collections.nCopies(size, null));
        languagesOf.forEach((w, languages) -> {
            int slot = slot(w.hashCode());
            while (asciiWords[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            asciiWords[slot] = w;
            asciiLanguages.set(slot, languages);
        });
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (asciiWords.length - 1);
    }

    /** ISO 639-1 code; English when nothing is counted. */
    public String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        // Words are the letter runs of the folded text. ASCII punctuation and digits split them
        // wherever folding happens, so each run between them is folded alone, and a run of plain
        // ASCII letters just lower-cased (a char loop: folding all the text was most of the time).
        int i = 0;
        while (i < sample.length()) {
            int start = i;
            boolean ascii = true;
            int hash = 0; // of the run's lower case while it is ASCII letters
            for (char c; i < sample.length() && ((c = sample.charAt(i)) >= 128 || isAsciiLetter(c)); i++) {
                ascii &= c < 128;
                hash = 31 * hash + (c | 0x20);
            }
            if (i == start) {
                i++;
            } else if (!ascii) {
                for (String w : NON_LETTERS.split(Resources.fold(sample.substring(start, i)))) {
                    count(languagesOf.get(w), hits);
                }
            } else if (i - start <= longest) {
                count(asciiLanguages(sample, start, i, hash), hits);
            }
        }
        return hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }

    /** The languages listing text[from, to), a run of ASCII letters whose lower case has this String hash; or null. */
    private List<String> asciiLanguages(String text, int from, int to, int hash) {
        for (int slot = slot(hash); asciiWords[slot] != null; slot = (slot + 1) & (asciiWords.length - 1)) {
            if (AsciiWords.sameLowerCase(asciiWords[slot], text, from, to)) {
                return asciiLanguages.get(slot);
            }
        }
        return null;
    }

    private static void count(List<String> languages, Map<String, Integer> hits) {
        if (languages != null) {
            for (String language : languages) {
                hits.merge(language, 1, Integer::sum);
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

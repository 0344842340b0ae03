package org.reportparse.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

    public static LanguageGuesser load() {
        LanguageGuesser g = new LanguageGuesser();
        for (String[] row : Resources.tsv("stopwords.tsv")) {
            for (String w : new HashSet<>(List.of(row[1].split("\\s+")))) {
                g.languagesOf.computeIfAbsent(w, k -> new ArrayList<>()).add(row[0]);
                g.longest = Math.max(g.longest, w.length());
            }
        }
        return g;
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
            for (char c; i < sample.length() && ((c = sample.charAt(i)) >= 128 || isAsciiLetter(c)); i++) {
                ascii &= c < 128;
            }
            if (i == start) {
                i++;
            } else if (!ascii) {
                for (String w : NON_LETTERS.split(Resources.fold(sample.substring(start, i)))) {
                    count(w, hits);
                }
            } else if (i - start <= longest) {
                count(sample.substring(start, i).toLowerCase(Locale.ROOT), hits);
            }
        }
        return hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }

    private void count(String word, Map<String, Integer> hits) {
        List<String> languages = languagesOf.get(word);
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

package org.reportparse.segment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Guesses a document's main language by counting frequent function words (stopwords.tsv). */
public final class LanguageGuesser {
    private final Map<String, Set<String>> words = new HashMap<>();

    public static LanguageGuesser load() {
        LanguageGuesser g = new LanguageGuesser();
        for (String[] row : Resources.tsv("stopwords.tsv")) {
            g.words.put(row[0], new HashSet<>(java.util.List.of(row[1].split("\\s+"))));
        }
        return g;
    }

    /** ISO 639-1 code; English when nothing is counted. */
    public String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        String[] tokens = Resources.fold(text.length() > 20000 ? text.substring(0, 20000) : text).split("[^\\p{L}]+");
        for (String t : tokens) {
            for (Map.Entry<String, Set<String>> e : words.entrySet()) {
                if (e.getValue().contains(t)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        return hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }
}

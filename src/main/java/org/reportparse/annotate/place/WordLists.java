package org.reportparse.annotate.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The place annotator's word lists (words.tsv): connectors, cues, venue words, common-word towns... */
final class WordLists {
    private final Map<String, Set<String>> lists = new HashMap<>();

    static WordLists load() {
        WordLists w = new WordLists();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                WordLists.class.getResourceAsStream("words.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    w.lists.computeIfAbsent(f[0], k -> new HashSet<>()).add(Tokenizer.fold(f[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w;
    }

    boolean has(String list, String word) {
        return list(list).contains(word);
    }

    /** One list, for callers testing every word against it. */
    Set<String> list(String list) {
        return lists.getOrDefault(list, Set.of());
    }
}

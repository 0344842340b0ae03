package org.reportparse.annotate.attendance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists of the attendance rules (lexicon-*.tsv): phrases grouped by category and matched as
 * token sequences. All languages are merged because reports mix them ("Lugar:" in English text).
 */
final class Lexicon {
    /** word -> the phrases of each category starting and ending with it: one look-up per token, then per category. */
    private final Map<String, Entry> entries = new HashMap<>();
    /** The entry of a word in no phrase. */
    static final Entry NONE = new Entry();

    /** What the lexicon holds for one word, by category (categories are interned: their look-ups compare by identity first). */
    static final class Entry {
        private final Map<String, List<List<String>>> first = new HashMap<>(4);
        private final Map<String, List<List<String>>> last = new HashMap<>(4);
        /** Categories in which the word is a one-word phrase, for {@link #has}. */
        private final Set<String> singles = new HashSet<>(4);
    }

    /** Phrases longer than this never end at a token (matchEndingAt's limit). */
    private static final int LONGEST_ENDING = 6;

    static Lexicon load(String... resources) {
        Lexicon lex = new Lexicon();
        for (String r : resources) {
            for (String[] row : readTsv(r)) {
                if (row.length >= 2) {
                    lex.add(row[0], row[1]);
                }
            }
        }
        return lex;
    }

    static List<String[]> readTsv(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private void add(String category, String phrase) {
        List<String> words = Tokenizer.tokenize(phrase, 0, phrase.length()).stream().map(Token::lower).toList();
        if (!words.isEmpty()) {
            String c = category.intern();
            entries.computeIfAbsent(words.get(0), w -> new Entry()).first.computeIfAbsent(c, k -> new ArrayList<>()).add(words);
            entries.computeIfAbsent(words.get(words.size() - 1), w -> new Entry()).last
                    .computeIfAbsent(c, k -> new ArrayList<>()).add(words);
            if (words.size() == 1) {
                entries.get(words.get(0)).singles.add(c);
            }
        }
    }

    /** Whether a lower-case word is a one-word phrase of the category. */
    boolean hasWord(String category, String lowerWord) {
        return entries.getOrDefault(lowerWord, NONE).singles.contains(category);
    }

    /** The token's entry, looked up at its first use (tokens come from one annotator, so from this lexicon). */
    private Entry entry(Token t) {
        Entry e = t.lexiconEntry;
        if (e == null) {
            e = entries.getOrDefault(t.lower(), NONE);
            t.lexiconEntry = e;
        }
        return e;
    }

    /** Length in tokens of the longest phrase of the category starting at tokens[i], or 0. */
    int matchAt(List<Token> tokens, int i, String category) {
        if (i < 0 || i >= tokens.size()) {
            return 0;
        }
        List<List<String>> candidates = entry(tokens.get(i)).first.get(category);
        int best = 0;
        if (candidates != null) {
            for (List<String> p : candidates) {
                if (p.size() > best && matches(tokens, i, p)) {
                    best = p.size();
                }
            }
        }
        return best;
    }

    /** Length of the longest phrase of the category (of at most six tokens) ending just before tokens[end], or 0. */
    int matchEndingAt(List<Token> tokens, int end, String category) {
        if (end < 1 || end > tokens.size()) {
            return 0;
        }
        List<List<String>> candidates = entry(tokens.get(end - 1)).last.get(category);
        int best = 0;
        if (candidates != null) {
            for (List<String> p : candidates) {
                if (p.size() > best && p.size() <= LONGEST_ENDING && p.size() <= end && matches(tokens, end - p.size(), p)) {
                    best = p.size();
                }
            }
        }
        return best;
    }

    /** Index of the first token in [from, to) where a phrase of the category starts, or -1. */
    int find(List<Token> tokens, int from, int to, String category) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (matchAt(tokens, i, category) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the token alone is a phrase of the category. */
    boolean has(String category, Token t) {
        return entry(t).singles.contains(category);
    }

    private static boolean matches(List<Token> tokens, int i, List<String> phrase) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(i + k).lower().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}

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
    /** category -> first token -> phrases (as lower-case token texts) starting with it. */
    private final Map<String, Map<String, List<List<String>>>> byFirst = new HashMap<>();
    /** category -> last token -> phrases ending with it: a phrase ending at a token is one look-up, not one per length. */
    private final Map<String, Map<String, List<List<String>>>> byLast = new HashMap<>();
    /** category -> its one-token phrases, for {@link #has}. */
    private final Map<String, Set<String>> singles = new HashMap<>();
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
            byFirst.computeIfAbsent(category, c -> new HashMap<>())
                    .computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
            byLast.computeIfAbsent(category, c -> new HashMap<>())
                    .computeIfAbsent(words.get(words.size() - 1), w -> new ArrayList<>()).add(words);
            if (words.size() == 1) {
                singles.computeIfAbsent(category, c -> new HashSet<>()).add(words.get(0));
            }
        }
    }

    /** Length in tokens of the longest phrase of the category starting at tokens[i], or 0. */
    int matchAt(List<Token> tokens, int i, String category) {
        if (i < 0 || i >= tokens.size()) {
            return 0;
        }
        List<List<String>> candidates = byFirst.getOrDefault(category, Map.of()).get(tokens.get(i).lower());
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
        List<List<String>> candidates = byLast.getOrDefault(category, Map.of()).get(tokens.get(end - 1).lower());
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

    boolean has(String category, String word) {
        return singles.getOrDefault(category, Set.of()).contains(word);
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

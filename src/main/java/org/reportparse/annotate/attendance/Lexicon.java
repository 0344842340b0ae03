package org.reportparse.annotate.attendance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists of the attendance rules (lexicon-*.tsv): phrases grouped by category and matched as
 * token sequences. All languages are merged because reports mix them ("Lugar:" in English text).
 */
final class Lexicon {
    /** category -> first token -> phrases (as lower-case token texts) starting with it. */
    private final Map<String, Map<String, List<List<String>>>> byFirst = new HashMap<>();

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

    /** Length of the longest phrase of the category ending just before tokens[end], or 0. */
    int matchEndingAt(List<Token> tokens, int end, String category) {
        Map<String, List<List<String>>> phrases = byFirst.getOrDefault(category, Map.of());
        int best = 0;
        for (int len = 1; len <= 6 && end - len >= 0; len++) {
            if (end - len < tokens.size() && matchesExactly(tokens, end - len, len, phrases)) {
                best = len;
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
        List<List<String>> c = byFirst.getOrDefault(category, Map.of()).get(word);
        if (c != null) {
            for (List<String> p : c) {
                if (p.size() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A phrase of exactly len tokens matches at tokens[i] (loops, not streams: this runs around every count). */
    private static boolean matchesExactly(List<Token> tokens, int i, int len, Map<String, List<List<String>>> phrases) {
        List<List<String>> c = phrases.get(tokens.get(i).lower());
        if (c != null) {
            for (List<String> p : c) {
                if (p.size() == len && matches(tokens, i, p)) {
                    return true;
                }
            }
        }
        return false;
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

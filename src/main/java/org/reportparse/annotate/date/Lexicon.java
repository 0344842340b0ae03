package org.reportparse.annotate.date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of dates in one language, loaded from {@code common.tsv} plus {@code <language>.tsv}:
 * month and weekday names, connectors, openers, fillers, seasons, relative phrases, vetoes and the
 * cues the date field uses. Adding a language means adding a file.
 */
final class Lexicon {
    /** One line of a lexicon file; {@code words} is the phrase split on spaces. */
    record Entry(String type, List<String> words, String value, Set<String> flags) {
        String phrase() {
            return String.join(" ", words);
        }

        int intValue() {
            return Integer.parseInt(value);
        }
    }

    /** A phrase matched at tokens [start, end). */
    record Match(Entry entry, int start, int end, int weekday) {}

    private static final String DIR = "/org/reportparse/annotate/date/";
    private final Map<String, Map<String, Entry>> singleWords = new HashMap<>();
    private final Map<String, List<Entry>> byType = new HashMap<>();
    /** Phrases by type and first word, so matching at a token looks at few entries; "{" keys placeholders. */
    private final Map<String, Map<String, List<Entry>>> byFirstWord = new HashMap<>();

    private Lexicon() {
    }

    static Lexicon load(String language) {
        Lexicon lex = new Lexicon();
        lex.read("common.tsv");
        lex.read(language + ".tsv");
        return lex;
    }

    static boolean exists(String language) {
        return Lexicon.class.getResource(DIR + language + ".tsv") != null;
    }

    private void read(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing date lexicon " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                List<String> words = List.of(c[1].toLowerCase(Locale.ROOT).trim().split("\\s+"));
                Set<String> flags = c.length > 3 ? new HashSet<>(Arrays.asList(c[3].split(","))) : Set.of();
                Entry e = new Entry(c[0], words, c.length > 2 ? c[2] : "", flags);
                byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e);
                String first = words.get(0).startsWith("{") ? "{" : words.get(0);
                byFirstWord.computeIfAbsent(e.type(), k -> new HashMap<>())
                        .computeIfAbsent(first, k -> new ArrayList<>()).add(e);
                if (words.size() == 1) {
                    singleWords.computeIfAbsent(e.type(), k -> new HashMap<>()).put(words.get(0), e);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Whether numeric dates read day-first when the document does not tell ("numeric-order" line). */
    boolean dayFirst() {
        return entries("numeric-order").stream().anyMatch(e -> e.phrase().equals("day-first"));
    }

    /** Separators whose numeric dates read day-first whatever the language ("numeric-separator" lines). */
    Set<Character> dayFirstSeparators() {
        Set<Character> out = new HashSet<>();
        entries("numeric-separator").stream().filter(e -> e.value().equals("day-first"))
                .forEach(e -> out.add(e.phrase().charAt(0)));
        return out;
    }

    /**
     * First words of the phrases of these types, or null when one of them starts with a placeholder
     * ("{num}"), which no word list can stand for.
     */
    Set<String> firstWords(List<String> types) {
        Set<String> out = new HashSet<>();
        for (String type : types) {
            Set<String> keys = byFirstWord.getOrDefault(type, Map.of()).keySet();
            if (keys.contains("{")) {
                return null;
            }
            out.addAll(keys);
        }
        return Set.copyOf(out);
    }

    /** Every word of every phrase, placeholders aside: the only words a token is ever compared with. */
    Set<String> vocabulary() {
        Set<String> out = new HashSet<>();
        for (List<Entry> entries : byType.values()) {
            for (Entry e : entries) {
                e.words().stream().filter(w -> !w.startsWith("{")).forEach(out::add);
            }
        }
        return out;
    }

    List<Entry> entries(String type) {
        return byType.getOrDefault(type, List.of());
    }

    Set<String> words(String type) {
        return singleWords.getOrDefault(type, Map.of()).keySet();
    }

    /** The single-word entry of this type for a word token (respecting the "cased" flag), or null. */
    Entry word(String type, Token t) {
        if (t == null || !(t.is(Token.Type.WORD) || t.is(Token.Type.PUNCT))) {
            return null;
        }
        Entry e = singleWords.getOrDefault(type, Map.of()).get(t.lower());
        return e == null || (e.flags().contains("cased") && !t.capitalized()) ? null : e;
    }

    /** The longest phrase of this type starting at token i (tokens before limit), or null. */
    Match phrase(String type, List<Token> tokens, int i, int limit) {
        Map<String, List<Entry>> index = byFirstWord.get(type);
        if (index == null || i >= limit) {
            return null;
        }
        Match best = null;
        for (String key : new String[] {tokens.get(i).lower(), "{"}) {
            for (Entry e : index.getOrDefault(key, List.of())) {
                Match m = matchAt(e, tokens, i, limit);
                if (m != null && (best == null || m.end() > best.end())) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** True when a phrase of this type ends right before token i. */
    boolean endsBefore(String type, List<Token> tokens, int i) {
        for (Entry e : entries(type)) {
            int from = i - e.words().size();
            if (from >= 0 && matchAt(e, tokens, from, i) != null) {
                return true;
            }
        }
        return false;
    }

    private Match matchAt(Entry e, List<Token> tokens, int i, int limit) {
        int j = i;
        int weekday = 0;
        for (String w : e.words()) {
            if (j >= limit) {
                return null;
            }
            Token t = tokens.get(j);
            if (w.equals("{num}")) {
                if (!(t.is(Token.Type.NUM) || t.is(Token.Type.OTHERNUM) || t.is(Token.Type.NUMDATE))) {
                    return null;
                }
            } else if (w.equals("{weekday}")) {
                Entry wd = word("weekday", t);
                if (wd == null) {
                    return null;
                }
                weekday = wd.intValue();
            } else if (!w.equals(t.lower())) {
                return null;
            }
            j++;
        }
        if (e.flags().contains("cased") && !tokens.get(i).capitalized()) {
            return null;
        }
        return new Match(e, i, j, weekday);
    }
}

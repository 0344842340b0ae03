package org.reportparse.annotate.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.reportparse.annotate.Span;

/**
 * National members of a movement (national-members.tsv): "Fiji Red Cross Society" and "Cruz Roja
 * Costarricense" are organizations of their own, not the "Red Cross" the registry finds inside them.
 */
final class NationalMembers {
    /** How a movement's members are named around its registry name. */
    private record Form(boolean nationBefore, Set<String> followers) {}

    private static final Set<String> OF = Set.of("of", "de", "del");
    private static final Set<String> ARTICLES = Set.of("the", "la", "el");
    /** Words a nation's name before the movement may have ("Trinidad and Tobago", "Costa Rican"). */
    private static final int MAX_NATION_WORDS = 3;

    private final Map<String, Form> forms = new HashMap<>();
    private final Lexicon lex;
    private final Predicate<String> placeName;

    NationalMembers(Lexicon lex, Predicate<String> placeName) {
        this.lex = lex;
        this.placeName = placeName;
        for (String[] r : Resources.table("national-members.tsv")) {
            Set<String> followers = r[2].strip().equals("-") ? Set.of() : Set.of(r[2].strip().split("\\|"));
            forms.put(Names.key(r[0]), new Form(r[1].strip().equals("before"), followers));
        }
    }

    /**
     * The national member's whole name around a registry mention at hit, within words (the region's),
     * or null when the mention is the movement itself ("the Red Cross").
     */
    Span around(String text, List<Words.Word> words, Span hit) {
        Form form = forms.get(Names.key(hit.of(text)));
        if (form == null) {
            return null;
        }
        int first = indexAt(words, hit.start());
        int last = indexAt(words, hit.end() - 1);
        if (first < 0 || last < 0) {
            return null;
        }
        int start = hit.start();
        int end = hit.end();
        boolean nation = false;
        if (form.nationBefore()) {
            for (int n = 1; n <= MAX_NATION_WORDS && first - n >= 0; n++) {
                if (!adjacent(text, words.get(first - n), words.get(first - n + 1))
                        || ARTICLES.contains(words.get(first - n).raw().toLowerCase(java.util.Locale.ROOT))) {
                    break;
                }
                String before = text.substring(words.get(first - n).start(), hit.start()).strip();
                if (Character.isUpperCase(before.charAt(0)) && isNation(before)) {
                    start = words.get(first - n).start();
                    nation = true;
                }
            }
        }
        int next = last + 1;
        if (next < words.size() && adjacent(text, words.get(last), words.get(next))) {
            String w = words.get(next).raw();
            int nationAfter = form.nationBefore() ? 0 : nationWords(text, words, next);
            if (form.followers().contains(w)) {
                end = words.get(next).end();
                next++;
            } else if (nationAfter > 1) {
                // "Transparency International Sri Lanka": a country of several words
                end = words.get(next + nationAfter - 1).end();
                nation = true;
                next += nationAfter;
            } else if (!form.nationBefore() && isDemonymLike(w)) {
                end = words.get(next).end();
                nation = true;
                next++;
            }
        }
        // "... of China", "... de Honduras": a country or place closing the name
        if (next < words.size() && OF.contains(words.get(next).raw()) && adjacent(text, words.get(next - 1), words.get(next))) {
            int k = next + 1;
            while (k < words.size() && ARTICLES.contains(words.get(k).raw())) {
                k++;
            }
            for (int n = Math.min(MAX_NATION_WORDS, words.size() - k); n >= 1; n--) {
                String place = text.substring(words.get(k).start(), words.get(k + n - 1).end());
                if (Character.isUpperCase(place.charAt(0)) && isNation(place)) {
                    end = words.get(k + n - 1).end();
                    nation = true;
                    break;
                }
            }
        }
        return nation ? new Span(start, end) : null;
    }

    /** How many adjacent words from words[from] name a country or place, longest first, or 0. */
    private int nationWords(String text, List<Words.Word> words, int from) {
        int run = 1; // the words joined by single spaces
        while (run < MAX_NATION_WORDS && from + run < words.size() && adjacent(text, words.get(from + run - 1), words.get(from + run))) {
            run++;
        }
        for (int n = Math.min(run, words.size() - from); n >= 1; n--) {
            String place = text.substring(words.get(from).start(), words.get(from + n - 1).end());
            if (Character.isUpperCase(place.charAt(0)) && isNation(place)) {
                return n;
            }
        }
        return 0;
    }

    private boolean isNation(String s) {
        return lex.isCountry(s) || lex.demonyms.containsKey(s) || placeName.test(s);
    }

    /** "Costarricense", "Mexicana": one capitalized word that is no head, event or generic word. */
    private boolean isDemonymLike(String w) {
        return Character.isUpperCase(w.charAt(0)) && !Names.isAllCaps(w) && lex.head(w) == null
                && !lex.eventWords.contains(w) && !lex.genericKeys.contains(Names.key(w));
    }

    /** Only spaces between two words (no comma, parenthesis or line break into another item). */
    private static boolean adjacent(String text, Words.Word a, Words.Word b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int indexAt(List<Words.Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() <= offset && offset < words.get(i).end()) {
                return i;
            }
        }
        return -1;
    }
}

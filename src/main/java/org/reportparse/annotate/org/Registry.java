package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportparse.annotate.Span;

/**
 * Known organizations and every name they go by, matched longest-first on word sequences.
 * Acronyms and all-capital aliases match only as written; other names ignore case and accents but
 * must start with a capital in the text (so ordinary phrases do not match).
 */
public final class Registry {
    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        OrgEntry entry;
    }

    record Hit(Span span, OrgEntry entry) {}

    private final Node exact = new Node();
    private final Node folded = new Node();
    /**
     * A bit per hash (modulo the size) of each first word of the names in exact/folded: a word
     * whose bit is clear starts no name, told without a substring or a map look-up (most words).
     */
    private final BitSet exactFirst = new BitSet(FIRST_WORD_BITS);
    private final BitSet foldedFirst = new BitSet(FIRST_WORD_BITS);
    private static final int FIRST_WORD_BITS = 1 << 14;
    private final Map<String, OrgEntry> byKey = new LinkedHashMap<>();
    /**
     * The first words of case-sensitive names with no capital in them ("icddr" of "icddr,b"): such a name
     * could match in a clause without capitals, so a clause holding one of these words must be read.
     */
    private final List<String> firstWordsWithoutCapital = new ArrayList<>(1);

    static Registry builtIn() {
        Registry r = new Registry();
        for (String[] row : Resources.table("registry.tsv")) {
            r.add(row);
        }
        return r;
    }

    /** Adds one row: name, acronym or "-"/empty, aliases joined by '|'. */
    void add(String[] row) {
        String name = row[0].strip();
        String acronym = row.length > 1 && !row[1].isBlank() && !row[1].strip().equals("-") ? row[1].strip() : null;
        List<String> aliases = row.length > 2 && !row[2].isBlank() && !row[2].strip().equals("-")
                ? Arrays.stream(row[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        add(new OrgEntry(name, acronym, aliases));
    }

    void add(OrgEntry e) {
        insert(e.name(), e, false);
        if (e.acronym() != null) {
            insert(e.acronym(), e, true);
        }
        for (String a : e.aliases()) {
            insert(a, e, Names.isAllCaps(a) || a.equals(e.acronym()));
        }
        byKey.put(Names.key(e.name()), e);
    }

    private void insert(String name, OrgEntry e, boolean caseSensitive) {
        List<Words.Word> words = Words.of(name);
        if (words.isEmpty()) {
            return;
        }
        if (caseSensitive && !hasCapital(words) && !firstWordsWithoutCapital.contains(words.get(0).raw())) {
            firstWordsWithoutCapital.add(words.get(0).raw());
        }
        List<String> keys = words.stream().map(w -> caseSensitive ? w.raw() : w.key()).toList();
        insertKeys(keys, e, caseSensitive);
        if (!caseSensitive && keys.indexOf(AND) > 0) {
            // "&" is no word, so "Foreign, Commonwealth & Development Office" reads as its name without "and"
            insertKeys(keys.stream().filter(k -> !k.equals(AND)).toList(), e, false);
        }
    }

    private static final String AND = "and";

    private void insertKeys(List<String> keys, OrgEntry e, boolean caseSensitive) {
        Node n = caseSensitive ? exact : folded;
        (caseSensitive ? exactFirst : foldedFirst).set(bit(keys.get(0).hashCode()));
        for (String k : keys) {
            n = n.next.computeIfAbsent(k, x -> new Node());
        }
        if (n.entry == null) {
            n.entry = e;
        }
    }

    /** A capital letter (or a character outside the BMP, whose case is not told here) in the words. */
    private static boolean hasCapital(List<Words.Word> words) {
        for (Words.Word w : words) {
            for (int i = 0; i < w.raw().length(); i++) {
                char c = w.raw().charAt(i);
                if (Character.isUpperCase(c) || Character.isSurrogate(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a case-sensitive name without a capital may start in text[from, to): every other name
     * needs a capital where it stands (a folded name on its first word, see find).
     */
    boolean mayHoldNameWithoutCapital(String text, int from, int to) {
        // Searched within the range only: String.indexOf would read on to the document's end for
        // every clause of it that lacks the word (5% of the warm pipeline on 2-30 KB reports).
        for (String w : firstWordsWithoutCapital) {
            for (int i = from, last = to - w.length(); i <= last; i++) {
                if (text.startsWith(w, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a name matches from the word starting at text[first] (within text[first, to)), as find
     * would try there: its words walked down both tries, as written and folded.
     */
    boolean matchesAt(String text, int first, int to) {
        Node asWritten = exact;
        Node asFolded = folded;
        for (int start = first; start < to && (asWritten != null || asFolded != null); ) {
            int end = Words.afterWordChars(text, start, to);
            String raw = text.substring(start, end);
            asWritten = asWritten == null ? null : asWritten.next.get(raw);
            asFolded = asFolded == null ? null : asFolded.next.get(Names.key(raw));
            if (asWritten != null && asWritten.entry != null || asFolded != null && asFolded.entry != null) {
                return true;
            }
            start = Words.nextWordChar(text, end, to);
        }
        return false;
    }

    /** The entry whose canonical name, acronym or alias is exactly this string, or null. */
    public OrgEntry lookup(String name) {
        List<Words.Word> words = Words.of(name);
        Hit h = longest(words, 0, exact, true);
        if (h == null || words.size() != countWords(h, words)) {
            h = longest(words, 0, folded, false);
        }
        return h != null && countWords(h, words) == words.size() ? h.entry() : null;
    }

    private static int countWords(Hit h, List<Words.Word> words) {
        return (int) words.stream().filter(w -> h.span().start() <= w.start() && w.end() <= h.span().end()).count();
    }

    /** Non-overlapping registry names in text[from, to), longest first at each position. */
    List<Hit> find(String text, int from, int to) {
        return find(Words.of(text, from, to));
    }

    /** As {@link #find(String, int, int)}, over the words of the region ({@link Words#of}). */
    List<Hit> find(List<Words.Word> words) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Words.Word w = words.get(i);
            Hit a = exactFirst.get(bit(w.rawHash())) ? longest(words, i, exact, true) : null;
            Hit b = Character.isUpperCase(w.first()) && foldedFirst.get(bit(w.keyHash())) ? longest(words, i, folded, false) : null;
            Hit best = a == null ? b : b == null ? a : (b.span().end() > a.span().end() ? b : a);
            if (best == null) {
                i++;
                continue;
            }
            out.add(best);
            int end = best.span().end();
            while (i < words.size() && words.get(i).start() < end) {
                i++;
            }
        }
        return out;
    }

    private static Hit longest(List<Words.Word> words, int i, Node root, boolean caseSensitive) {
        Node n = root;
        Hit best = null;
        for (int j = i; j < words.size(); j++) {
            Words.Word w = words.get(j);
            n = n.next.get(caseSensitive ? w.raw() : w.key());
            if (n == null) {
                break;
            }
            if (n.entry != null) {
                best = new Hit(new Span(words.get(i).start(), w.end()), n.entry);
            }
        }
        return best;
    }

    private static int bit(int hash) {
        return hash & (FIRST_WORD_BITS - 1);
    }

    int size() {
        return byKey.size();
    }

    /** The entry of a canonical name, or null. */
    OrgEntry entry(String canonicalName) {
        return byKey.get(Names.key(canonicalName));
    }
}

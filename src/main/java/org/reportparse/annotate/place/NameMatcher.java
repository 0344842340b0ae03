package org.reportparse.annotate.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportparse.annotate.place.Gazetteer.Entry;

/**
 * Finds place-name candidates in tokens: the longest gazetteer name at each capitalized word,
 * "the Honduran capital", with ", Country" / ", Region" / " (Country)" qualifiers attached.
 * Also reads demonyms as country evidence. Immutable.
 */
final class NameMatcher {
    private final Gazetteer gaz;
    /** The word lists tested at every word, held directly. */
    private final Set<String> never;
    private final Set<String> connectors;
    private final Set<String> capitalWords;
    private final Set<String> regionWords;
    /** The lower-case words candidates and demonymAt read: connectors, "capital", demonyms of any case (and abbreviations). */
    private final WordHashes lowerCaseRead;

    NameMatcher(Gazetteer gaz, WordLists words) {
        this.gaz = gaz;
        this.never = words.list("never");
        this.connectors = words.list("connector");
        this.capitalWords = words.list("capital");
        this.regionWords = words.list("regionword");
        Set<String> read = new HashSet<>(connectors);
        read.addAll(capitalWords);
        read.addAll(gaz.anyCaseDemonymForms());
        read.addAll(Tokenizer.abbreviations());
        this.lowerCaseRead = new WordHashes(read);
    }

    /**
     * The tokens of text[from, to) for {@link #candidates} and {@link #demonymAt} alone: lower-case
     * words neither reads and breaks, which neither starts nor continues a candidate, are runs of
     * inert breaks (see Tokenizer).
     */
    List<Token> candidateTokens(CharSequence text, int from, int to) {
        return Tokenizer.tokens(text, from, to, lowerCaseRead);
    }

    /** Candidates in text order, qualifiers attached. */
    List<Candidate> match(List<Token> ts) {
        List<Candidate> cands = candidates(ts);
        qualify(cands, ts);
        return cands;
    }

    /** Longest gazetteer names starting at capitalized words, and "the Honduran capital" forms. */
    List<Candidate> candidates(List<Token> ts) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            Candidate c = capitalByDemonym(ts, i);
            if (c == null) {
                c = longestName(ts, i);
            }
            if (c != null) {
                out.add(c);
                i = c.last;
            }
        }
        return out;
    }

    private Candidate longestName(List<Token> ts, int i) {
        Token t = ts.get(i);
        if (!t.isWord() || !t.capitalized() || never.contains(t.norm())) {
            return null;
        }
        int limit = i;
        while (limit + 1 < ts.size() && limit + 1 - i < gaz.maxTokens()) {
            Token n = ts.get(limit + 1);
            boolean ok = n.type() == Token.Type.COMMA || n.isWord() && (n.capitalized() || connectors.contains(n.norm()));
            if (!ok) {
                break;
            }
            limit++;
        }
        // the longest name wins; extending stops as soon as no gazetteer name goes on this way
        Candidate longest = null;
        Candidate shorter = null;
        StringBuilder key = new StringBuilder();
        for (int j = i; j <= limit; j++) {
            if (j > i) {
                key.append(' ');
            }
            key.append(ts.get(j).norm());
            // a one-word key is the word's norm itself, whose hash is already computed
            Gazetteer.Name name = gaz.name(j == i ? t.norm() : key.toString());
            Token last = ts.get(j);
            if (last.isWord() && last.capitalized()) {
                List<Entry> entries = name.places();
                if (j == i && isShortAcronym(t)) {
                    entries = entries.stream().filter(e -> e.place().kind() == PlaceKind.COUNTRY).toList();
                }
                if (!entries.isEmpty()) {
                    shorter = longest;
                    longest = new Candidate(i, j, entries);
                }
            }
            if (!name.continued()) {
                break;
            }
        }
        return longest == null ? null : withRegionWord(alsoWithoutRegionWord(longest, shorter, ts), ts);
    }

    /**
     * "Northern Region" in a report on Ghana: a name ending in a word for regions is also the regions named by
     * the words before it ("Northern", Ghana's), so the report's country can choose among them.
     */
    private Candidate alsoWithoutRegionWord(Candidate longest, Candidate shorter, List<Token> ts) {
        if (shorter == null || shorter.last != longest.last - 1 || !regionWords.contains(ts.get(longest.last).norm())) {
            return longest;
        }
        List<Entry> entries = new ArrayList<>(longest.entries);
        for (Entry e : shorter.entries) {
            if (e.place().kind() == PlaceKind.REGION && !entries.contains(e)) {
                entries.add(e);
            }
        }
        return entries.size() == longest.entries.size() ? longest : new Candidate(longest.first, longest.last, entries);
    }

    /**
     * "Nimba County", "Cusco Region": a region's name and a word for regions that GeoNames' name lacks are one
     * name (not a longer name such as a body's), read as the region.
     */
    private Candidate withRegionWord(Candidate c, List<Token> ts) {
        int next = c.last + 1;
        if (next >= ts.size() || !ts.get(next).isWord() || !ts.get(next).capitalized()
                || !regionWords.contains(ts.get(next).norm())) {
            return c;
        }
        List<Entry> regions = c.entries.stream().filter(e -> e.place().kind() == PlaceKind.REGION).toList();
        return regions.isEmpty() ? c : new Candidate(c.first, next, regions);
    }

    /** "the Honduran capital", "la capital hondureña": the country's capital, as if qualified. */
    private Candidate capitalByDemonym(List<Token> ts, int i) {
        if (i + 1 >= ts.size() || !ts.get(i).isWord() || !ts.get(i + 1).isWord()) {
            return null;
        }
        String cc = null;
        if (capitalWords.contains(ts.get(i + 1).norm())) {
            cc = demonymAt(ts.get(i));
        } else if (capitalWords.contains(ts.get(i).norm())) {
            cc = demonymAt(ts.get(i + 1));
        }
        Country country = cc == null ? null : gaz.countryByCode(cc);
        if (country == null || country.capital() == null) {
            return null;
        }
        Candidate c = new Candidate(i, i + 1, List.of(new Entry(country.capital(), true)));
        c.qualified = true;
        return c;
    }

    /** Attaches ", Country", ", Region" and " (Country" to the place before it, keeping only places inside them. */
    private void qualify(List<Candidate> cands, List<Token> ts) {
        for (int k = 0; k + 1 < cands.size(); ) {
            Candidate c = cands.get(k);
            Candidate q = cands.get(k + 1);
            String between = q.first == c.last + 2 ? ts.get(c.last + 1).norm() : "";
            boolean adjacent = between.equals(",") || between.equals("(");
            List<Entry> inside = adjacent ? inside(c.entries, q.entries) : List.of();
            if (inside.isEmpty()) {
                k++;
                continue;
            }
            c.entries = inside;
            boolean closed = between.equals("(") && q.last + 1 < ts.size() && ts.get(q.last + 1).norm().equals(")");
            c.last = closed ? q.last + 1 : q.last;
            c.qualified = true;
            cands.remove(k + 1);
        }
    }

    private static List<Entry> inside(List<Entry> places, List<Entry> qualifiers) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : places) {
            GeoPlace p = e.place();
            if (p.kind() == PlaceKind.COUNTRY) {
                continue;
            }
            if (insideAny(p, qualifiers)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether p lies in one of the qualifiers' countries or regions (a loop: it runs for each same-named place). */
    private static boolean insideAny(GeoPlace p, List<Entry> qualifiers) {
        for (Entry qe : qualifiers) {
            GeoPlace q = qe.place();
            if (q.kind() == PlaceKind.COUNTRY && q.countryCode().equals(p.countryCode())
                    || q.kind() == PlaceKind.REGION && q != p && q.countryCode().equals(p.countryCode())
                    && q.name().equals(p.region())) {
                return true;
            }
        }
        return false;
    }

    Set<String> demonymCountries(List<Token> ts) {
        Set<String> out = new HashSet<>();
        for (Token t : ts) {
            String cc = demonymAt(t);
            if (cc != null) {
                out.add(cc);
            }
        }
        return out;
    }

    String demonym(Token t) {
        return demonymAt(t);
    }

    String demonymAt(Token t) {
        if (!t.isWord()) {
            return null;
        }
        String cc = gaz.demonym(t.norm());
        return cc != null && (t.capitalized() || gaz.demonymAnyCase(t.norm())) ? cc : null;
    }

    /** "OAS", "IOM": acronyms are not town names, though "USA" and "UK" are countries. */
    private static boolean isShortAcronym(Token t) {
        return t.allCaps() && t.norm().length() <= 3;
    }
}

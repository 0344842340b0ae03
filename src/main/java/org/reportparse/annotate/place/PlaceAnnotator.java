package org.reportparse.annotate.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.place.Gazetteer.Entry;

/**
 * Finds and resolves place mentions: longest gazetteer match on capitalized words, "City, Country"
 * and "City, Region" qualifiers, "the Honduran capital", then a choice among same-named places
 * weighing population, the countries named nearby, in the section and in the document. A weak
 * candidate (small town, common word, part of a longer proper name) is kept only with support.
 * Immutable and thread-safe.
 */
public final class PlaceAnnotator {
    private static final long LARGE_CITY = 100_000;
    private static final long HUGE_CITY = 1_000_000;

    private final Gazetteer gaz;
    private final WordLists words;

    /** A place found in a text, with what the words around it say about its role. */
    record Found(PlaceMention mention, boolean qualified, boolean cued, boolean origin) {}

    /** A candidate name under resolution; token indices are inclusive. */
    private static final class Cand {
        int first;
        int last;
        /** Last token of the name itself, before any qualifier was attached. */
        final int nameLast;
        List<Entry> entries;
        boolean qualified;
        boolean cued;
        boolean origin;
        Entry chosen;

        Cand(int first, int last, List<Entry> entries) {
            this.first = first;
            this.last = last;
            this.nameLast = last;
            this.entries = entries;
        }
    }

    public PlaceAnnotator(Gazetteer gazetteer) {
        this.gaz = gazetteer;
        this.words = WordLists.load();
    }

    public static PlaceAnnotator load() {
        return new PlaceAnnotator(Gazetteer.load());
    }

    public Gazetteer gazetteer() {
        return gaz;
    }

    /** A country by ISO code, English or Spanish name, or demonym. */
    public Optional<Country> country(String nameCodeOrDemonym) {
        return gaz.country(nameCodeOrDemonym);
    }

    /** Places named in text[from, to), resolved without document context. */
    public List<PlaceMention> find(String text, int from, int to) {
        return find(text, from, to, PlaceContext.NONE);
    }

    public List<PlaceMention> find(CharSequence text, int from, int to, PlaceContext context) {
        return scan(text, from, to, context).stream().map(Found::mention).toList();
    }

    /** ISO codes of the countries text[from, to) names, by name or demonym: context for resolution. */
    public Set<String> countriesNamed(CharSequence text, int from, int to) {
        List<Token> ts = Tokenizer.tokens(text, from, to);
        Set<String> out = new HashSet<>();
        for (Cand c : candidates(ts)) {
            // only official names: "Trinidad" alone is not evidence for Trinidad and Tobago
            c.entries.stream().filter(e -> e.place().kind() == PlaceKind.COUNTRY && e.primary()).findFirst()
                    .ifPresent(e -> out.add(e.place().countryCode()));
        }
        out.addAll(demonymCountries(ts));
        return out;
    }

    List<Found> scan(CharSequence text, int from, int to, PlaceContext ctx) {
        List<Token> ts = Tokenizer.tokens(text, from, to);
        List<Cand> cands = candidates(ts);
        qualify(cands, ts);
        Set<String> local = new HashSet<>(demonymCountries(ts));
        for (Cand c : cands) {
            // a qualified place, a country, or a region of one country ("in Córdoba, in Andalusia")
            boolean oneCountry = c.entries.stream().map(e -> e.place().countryCode()).distinct().count() == 1;
            if (c.qualified || oneCountry && c.entries.stream().allMatch(e -> e.place().kind() != PlaceKind.CITY)) {
                local.add(c.entries.get(0).place().countryCode());
            }
        }
        // A place may stand next to a country name ("Quito Ecuador"), a country next to any place.
        Set<Integer> countryTokens = new HashSet<>();
        Set<Integer> placeTokens = new HashSet<>();
        for (Cand c : cands) {
            boolean country = c.entries.stream().anyMatch(e -> e.place().kind() == PlaceKind.COUNTRY);
            for (int i = c.first; i <= c.last; i++) {
                placeTokens.add(i);
                if (country) {
                    countryTokens.add(i);
                }
            }
        }
        List<Found> out = new ArrayList<>();
        Cand previous = null;
        for (Cand c : cands) {
            c.chosen = c.entries.stream().max(Comparator.comparingDouble(e -> score(e, local, ctx, Set.of()))).orElseThrow();
        }
        for (int k = 0; k < cands.size(); k++) { // places listed together share a country (La Paz, Cochabamba and Trinidad)
            Set<String> listed = listedCountries(cands, k, ts);
            cands.get(k).chosen = cands.get(k).entries.stream()
                    .max(Comparator.comparingDouble(e -> score(e, local, ctx, listed))).orElseThrow();
        }
        for (Cand c : cands) {
            roleFromWords(c, previous, ts);
            boolean isCountry = c.chosen.place().kind() == PlaceKind.COUNTRY;
            if (accept(c, previous, ts, local, ctx, isCountry ? placeTokens : countryTokens)) {
                GeoPlace p = writtenName(c, text, ts);
                Span span = new Span(ts.get(c.first).start(), ts.get(c.last).end());
                out.add(new Found(new PlaceMention(span, p, gaz.countryByCode(p.countryCode())), c.qualified, c.cued, c.origin));
                previous = c;
            }
        }
        return out;
    }

    /**
     * The chosen place, named as written when the text used another spelling of a town
     * (Ishkashim for GeoNames' Ishqoshim). Capitals and large cities keep their English name:
     * a different form there is an exonym (Viena, La Habana), not a spelling.
     */
    private static GeoPlace writtenName(Cand c, CharSequence text, List<Token> ts) {
        GeoPlace p = c.chosen.place();
        if (c.chosen.primary() || p.kind() != PlaceKind.CITY || p.isCapital() || p.population() >= HUGE_CITY) {
            return p;
        }
        String written = text.subSequence(ts.get(c.first).start(), ts.get(c.nameLast).end()).toString();
        return new GeoPlace(p.id(), p.kind(), written, p.countryCode(), p.region(), p.latitude(), p.longitude(),
                p.population(), p.featureCode());
    }

    /** Longest gazetteer names starting at capitalized words, and "the Honduran capital" forms. */
    private List<Cand> candidates(List<Token> ts) {
        List<Cand> out = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            Cand c = capitalByDemonym(ts, i);
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

    private Cand longestName(List<Token> ts, int i) {
        Token t = ts.get(i);
        if (!t.isWord() || !t.capitalized() || words.has("never", t.norm())) {
            return null;
        }
        int limit = i;
        while (limit + 1 < ts.size() && limit + 1 - i < gaz.maxTokens()) {
            Token n = ts.get(limit + 1);
            boolean ok = n.type() == Token.Type.COMMA || n.isWord() && (n.capitalized() || words.has("connector", n.norm()));
            if (!ok) {
                break;
            }
            limit++;
        }
        for (int j = limit; j >= i; j--) {
            Token last = ts.get(j);
            if (!last.isWord() || !last.capitalized()) {
                continue;
            }
            List<Entry> entries = gaz.lookup(key(ts, i, j));
            if (j == i && isShortAcronym(t)) {
                entries = entries.stream().filter(e -> e.place().kind() == PlaceKind.COUNTRY).toList();
            }
            if (!entries.isEmpty()) {
                return new Cand(i, j, entries);
            }
        }
        return null;
    }

    /** "the Honduran capital", "la capital hondureña": the country's capital, as if qualified. */
    private Cand capitalByDemonym(List<Token> ts, int i) {
        if (i + 1 >= ts.size() || !ts.get(i).isWord() || !ts.get(i + 1).isWord()) {
            return null;
        }
        String cc = null;
        if (words.has("capital", ts.get(i + 1).norm())) {
            cc = demonymAt(ts.get(i));
        } else if (words.has("capital", ts.get(i).norm())) {
            cc = demonymAt(ts.get(i + 1));
        }
        Country country = cc == null ? null : gaz.countryByCode(cc);
        if (country == null || country.capital() == null) {
            return null;
        }
        Cand c = new Cand(i, i + 1, List.of(new Entry(country.capital(), true)));
        c.qualified = true;
        return c;
    }

    /** Attaches ", Country", ", Region" and " (Country" to the place before it, keeping only places inside them. */
    private void qualify(List<Cand> cands, List<Token> ts) {
        for (int k = 0; k + 1 < cands.size(); ) {
            Cand c = cands.get(k);
            Cand q = cands.get(k + 1);
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
            boolean in = qualifiers.stream().map(Entry::place).anyMatch(q ->
                    q.kind() == PlaceKind.COUNTRY && q.countryCode().equals(p.countryCode())
                            || q.kind() == PlaceKind.REGION && q != p && q.countryCode().equals(p.countryCode())
                            && q.name().equals(p.region()));
            if (in) {
                out.add(e);
            }
        }
        return out;
    }

    /** Countries of the cities and regions listed with cands[k] ("A, B and C"). */
    private Set<String> listedCountries(List<Cand> cands, int k, List<Token> ts) {
        Set<String> out = new HashSet<>();
        for (int step : new int[] {-1, 1}) {
            for (int j = k; j + step >= 0 && j + step < cands.size(); j += step) {
                Cand a = cands.get(Math.min(j, j + step));
                Cand b = cands.get(Math.max(j, j + step));
                if (!onlyListWordsBetween(ts, a.last + 1, b.first)) {
                    break;
                }
                GeoPlace p = cands.get(j + step).chosen.place();
                if (p.kind() != PlaceKind.COUNTRY) {
                    out.add(p.countryCode());
                }
            }
        }
        return out;
    }

    private double score(Entry e, Set<String> local, PlaceContext ctx, Set<String> listed) {
        GeoPlace p = e.place();
        double s = switch (p.kind()) {
            case COUNTRY -> 10;
            case REGION -> 4;
            case CITY -> Math.log10(p.population() + 10);
        };
        s += e.primary() ? 2 : 0;
        s += p.isCapital() ? 1 : p.isAdminSeat() ? 0.5 : 0;
        String cc = p.countryCode();
        s += (local.contains(cc) ? 5 : 0) + (listed.contains(cc) ? 4 : 0) + (ctx.section().contains(cc) ? 4 : 0)
                + (ctx.document().contains(cc) ? 2 : 0);
        return s;
    }

    /** Cue ("held in X"), origin ("experts from X", "Embassy in X"), inherited along a list. */
    private void roleFromWords(Cand c, Cand previous, List<Token> ts) {
        int b = skipBack(ts, c.first - 1);
        if (b >= 0 && words.has("cue", ts.get(b).norm())) {
            c.cued = true;
            int before = skipBack(ts, b - 1);
            c.origin = before >= 0 && words.has("origin", ts.get(before).norm());
        } else if (b >= 0 && words.has("origin", ts.get(b).norm())) {
            c.origin = true;
        } else if (previous != null && onlyListWordsBetween(ts, previous.last + 1, c.first)) {
            c.cued = previous.cued;
            c.origin = previous.origin;
        }
    }

    private boolean accept(Cand c, Cand previous, List<Token> ts, Set<String> local, PlaceContext ctx,
                           Set<Integer> neighbours) {
        GeoPlace p = c.chosen.place();
        if (c.qualified) {
            return true;
        }
        if (insideLongerName(ts, c, neighbours)) {
            return false;
        }
        if (p.kind() == PlaceKind.COUNTRY) {
            return true;
        }
        String cc = p.countryCode();
        boolean known = local.contains(cc) || ctx.section().contains(cc);
        boolean listed = previous != null && onlyListWordsBetween(ts, previous.last + 1, c.first)
                && previous.chosen.place().countryCode().equals(cc);
        String single = c.first == c.last ? ts.get(c.first).norm() : null;
        if (single != null && (words.has("never", single) || single.length() < 3)) {
            return false;
        }
        if (single != null && words.has("notplace", single)) {
            return c.cued || known || listed;
        }
        // A capital word opening a sentence may be an ordinary word ("Same day"): only large cities count there.
        boolean seat = p.isAdminSeat() && !opensSentence(ts, c);
        boolean strong = p.kind() == PlaceKind.CITY && (c.chosen.primary()
                ? p.population() >= LARGE_CITY || seat : p.population() >= HUGE_CITY);
        return strong || known || listed || c.cued && c.chosen.primary();
    }

    /** The candidate is the first word of a sentence that goes on in lower case. */
    private static boolean opensSentence(List<Token> ts, Cand c) {
        boolean first = c.first == 0 || ts.get(c.first - 1).type() == Token.Type.BREAK;
        return first && c.last + 1 < ts.size() && ts.get(c.last + 1).isWord() && !ts.get(c.last + 1).capitalized();
    }

    /**
     * "Radisson Victoria Plaza Hotel", "Quito Declaration", "Ministry of Foreign Affairs of Peru";
     * a neighbouring place in the given token set does not count ("Quito Ecuador").
     */
    private boolean insideLongerName(List<Token> ts, Cand c, Set<Integer> placeTokens) {
        return nameWordAt(ts, c.last + 1, +1, placeTokens) || nameWordAt(ts, c.first - 1, -1, placeTokens);
    }

    /** Whether a capitalized non-function word continues the name at i (through inner connectors). */
    private boolean nameWordAt(List<Token> ts, int i, int step, Set<Integer> placeTokens) {
        while (i >= 0 && i < ts.size() && ts.get(i).isWord()) {
            Token t = ts.get(i);
            if (t.capitalized() && !words.has("function", t.norm())) {
                return !placeTokens.contains(i);
            }
            if (t.capitalized() || !words.has("connector", t.norm()) || t.norm().equals("and") || t.norm().equals("y")) {
                return false;
            }
            i += step;
        }
        return false;
    }

    private boolean onlyListWordsBetween(List<Token> ts, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String n = ts.get(i).norm();
            if (!words.has("list", n) && !words.has("skip", n)) {
                return false;
            }
        }
        return true;
    }

    private int skipBack(List<Token> ts, int i) {
        while (i >= 0 && ts.get(i).isWord() && words.has("skip", ts.get(i).norm())) {
            i--;
        }
        return i >= 0 && ts.get(i).isWord() ? i : -1;
    }

    private Set<String> demonymCountries(List<Token> ts) {
        Set<String> out = new HashSet<>();
        for (Token t : ts) {
            String cc = demonymAt(t);
            if (cc != null) {
                out.add(cc);
            }
        }
        return out;
    }

    private String demonymAt(Token t) {
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

    private static String key(List<Token> ts, int i, int j) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= j; k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(ts.get(k).norm());
        }
        return sb.toString();
    }
}

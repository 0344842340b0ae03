package org.reportparse.annotate.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.place.Gazetteer.Entry;

/**
 * Finds and resolves place mentions: candidates from {@link NameMatcher}, then a choice among same-named places
 * weighing population, the countries named nearby, in the section and in the document. A weak
 * candidate (small town, common word, part of a longer proper name) is kept only with support.
 * Immutable and thread-safe.
 */
public final class PlaceAnnotator {
    private static final Set<String> LIST_OPENERS = Set.of(":", "(");

    private static final long LARGE_CITY = 100_000;
    private static final long HUGE_CITY = 1_000_000;
    private static final long CUED_ALIAS_CITY = 300_000;

    private final Gazetteer gaz;
    private final WordLists words;
    private final NameMatcher names;
    private final HomeCapital capitals;

    /** A place found in a text, with what the words around it say about its role. */
    record Found(PlaceMention mention, boolean qualified, boolean cued, boolean origin) {}

    public PlaceAnnotator(Gazetteer gazetteer) {
        this.gaz = gazetteer;
        this.words = WordLists.load();
        this.names = new NameMatcher(gazetteer, words);
        this.capitals = new HomeCapital(words);
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
        return countryMentions(text, from, to).all();
    }

    /** Where text[from, to) names countries, by name or demonym. */
    CountryMentions countryMentions(CharSequence text, int from, int to) {
        List<Token> ts = names.candidateTokens(text, from, to);
        CountryMentions out = new CountryMentions(text);
        for (Candidate c : names.candidates(ts)) {
            // only official names: "Trinidad" alone is not evidence for Trinidad and Tobago
            for (Entry e : c.entries) { // a loop: this runs for every candidate of the whole document
                if (e.place().kind() == PlaceKind.COUNTRY && e.primary()) {
                    out.add(ts.get(c.first).start(), e.place().countryCode());
                    break;
                }
            }
        }
        for (Token t : ts) {
            String cc = names.demonymAt(t);
            if (cc != null) {
                out.add(t.start(), cc);
            }
        }
        return out;
    }

    /** "held in the capital" in text[from, to): the capital of home, a cued place; empty when none. */
    List<Found> homeCapital(CharSequence text, int from, int to, Country home) {
        PlaceMention m = capitals.find(text, from, to, home);
        return m == null ? List.of() : List.of(new Found(m, false, true, false));
    }

    List<Found> scan(CharSequence text, int from, int to, PlaceContext ctx) {
        return scan(text, from, to, ctx, false);
    }

    /**
     * Like {@link #scan}, and for a line known to say where (a place label, a header line) also a
     * town the gazetteer lacks, written as "Town, Country" ("Mariscal Estigarribia, Paraguay"); it
     * has no coordinates.
     */
    List<Found> scanPlaceLine(CharSequence text, int from, int to, PlaceContext ctx) {
        return scan(text, from, to, ctx, true, false);
    }

    /**
     * Like {@link #scanPlaceLine}, for the value of a place label or column ("Venue:", "Lugar:", "Location"): the
     * label is the cue of every place it names ("Aflao / Lomé border post": Aflao, a town no context supports).
     */
    List<Found> scanPlaceLabel(CharSequence text, int from, int to, PlaceContext ctx) {
        return scan(text, from, to, ctx, true, true);
    }

    private List<Found> scan(CharSequence text, int from, int to, PlaceContext ctx, boolean unknownTowns) {
        return scan(text, from, to, ctx, unknownTowns, false);
    }

    private List<Found> scan(CharSequence text, int from, int to, PlaceContext ctx, boolean unknownTowns, boolean labelled) {
        List<Token> ts = Tokenizer.tokens(text, from, to);
        List<Candidate> cands = names.match(ts);
        Set<String> local = new HashSet<>(names.demonymCountries(ts));
        for (Candidate c : cands) {
            // a qualified place, a country, or a region of one country ("in Córdoba, in Andalusia")
            if (c.qualified || oneCountryNoCity(c.entries)) {
                local.add(c.entries.get(0).place().countryCode());
            }
        }
        // A place may stand next to a country name ("Quito Ecuador"), a country next to any place.
        boolean[] countryTokens = new boolean[ts.size()]; // by token index: no boxed Integer set per line
        boolean[] placeTokens = new boolean[ts.size()];
        for (Candidate c : cands) {
            boolean country = hasCountry(c.entries);
            for (int i = c.first; i <= c.last; i++) {
                placeTokens[i] = true;
                countryTokens[i] |= country;
            }
        }
        List<Found> out = new ArrayList<>();
        Candidate previous = null;
        boolean[] regional = regional(cands, ts);
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            c.entries = regional[k] ? regions(c.entries, regionNounBefore(ts, c.first) || regionNounAfter(ts, c.last))
                    : preferCities(c.entries, afterCityOf(ts, c.first));
            c.regionNamed = regional[k];
            c.chosen = best(c.entries, local, ctx, Set.of());
        }
        for (int k = 0; k < cands.size(); k++) { // places listed together share a country (La Paz, Cochabamba and Trinidad)
            Set<String> listed = listedCountries(cands, k, ts);
            cands.get(k).chosen = best(cands.get(k).entries, local, ctx, listed);
        }
        for (Candidate c : cands) {
            roleFromWords(c, previous, ts);
            c.cued |= labelled && !c.origin;
            boolean isCountry = c.chosen.place().kind() == PlaceKind.COUNTRY;
            if (accept(c, previous, ts, local, ctx, isCountry ? placeTokens : countryTokens)) {
                boolean qualifies = isCountry || c.chosen.place().kind() == PlaceKind.REGION;
                int[] town = qualifies ? townBefore(ts, c.first, placeTokens, unknownTowns) : null;
                if (town != null) {
                    Span name = new Span(ts.get(town[0]).start(), ts.get(town[1]).end());
                    boolean cued = c.cued || town[0] > 0 && words.has("cue", ts.get(town[0] - 1).norm());
                    out.add(unknownFound(text, name, ts.get(c.last).end(), c, true, cued));
                }
                List<Span> listed = c.chosen.place().kind() == PlaceKind.CITY
                        ? unknownListedWith(ts, c, placeTokens, labelled) : List.of();
                for (Span name : listed) {
                    if (name.end() <= ts.get(c.first).start()) {
                        out.add(unknownFound(text, name, name.end(), c, false, c.cued));
                    }
                }
                GeoPlace p = writtenName(c, text, ts);
                Span span = new Span(ts.get(c.first).start(), ts.get(c.last).end());
                out.add(new Found(new PlaceMention(span, p, gaz.countryByCode(p.countryCode())), c.qualified, c.cued, c.origin));
                for (Span name : listed) {
                    if (name.start() >= span.end()) {
                        out.add(unknownFound(text, name, name.end(), c, false, c.cued));
                    }
                }
                previous = c;
            }
        }
        return out;
    }

    /** A town the gazetteer lacks, named at name, in the country of c (whose mention ends at end). */
    private Found unknownFound(CharSequence text, Span name, int end, Candidate c, boolean qualified, boolean cued) {
        GeoPlace t = unknownTown(name.of(text), c.chosen.place().countryCode());
        return new Found(new PlaceMention(new Span(name.start(), end), t, gaz.countryByCode(t.countryCode())),
                qualified, cued, c.origin);
    }

    /**
     * The first and last tokens of the capitalized words (and inner connectors) before ", Country" or ", Region": after
     * a comma or the line start on a place line, after a cue in prose ("in Ganta, Nimba County"); or null. A word
     * for the town's local area after them is no part of its name ("Dawakin Kudu LGA, Kano State": Dawakin Kudu).
     */
    private int[] townBefore(List<Token> ts, int country, boolean[] placeTokens, boolean placeLine) {
        if (country < 2 || ts.get(country - 1).type() != Token.Type.COMMA) {
            return null;
        }
        int end = country - 2;
        if (end > 0 && ts.get(end).isWord() && words.has("areanoun", ts.get(end).norm())) {
            end--;
        }
        int k = end;
        while (k >= 0 && end - k < 4 && ts.get(k).isWord() && !placeTokens[k] && townWord(ts.get(k))) {
            k--;
        }
        boolean cue = k >= 0 && ts.get(k).isWord() && words.has("cue", ts.get(k).norm());
        boolean bounded = cue || placeLine && (k < 0 || !ts.get(k).isWord() || words.has("list", ts.get(k).norm()));
        int start = k + 1;
        if (!bounded || start > end || !ts.get(start).capitalized() || !ts.get(end).capitalized()) {
            return null;
        }
        return new int[] {start, end};
    }

    /** The list stops at i at the end of the value, a break, or a list word before a known place (", Bangladesh"). */
    private boolean listEnds(List<Token> ts, int i, boolean[] placeTokens) {
        return i >= ts.size() || ts.get(i).type() == Token.Type.BREAK
                || words.has("list", ts.get(i).norm()) && i + 1 < ts.size() && placeTokens[i + 1];
    }

    /**
     * "in Zomba and Machinga districts": names the gazetteer lacks listed with the town c before a word for regions.
     * Districts are often named like their seats, so each is read as a town of c's country. In a place label the
     * names listed after c need no such word.
     */
    private List<Span> unknownListedWith(List<Token> ts, Candidate c, boolean[] placeTokens, boolean labelled) {
        List<Span> out = new ArrayList<>(2);
        int i = c.last + 1;
        while (i + 1 < ts.size() && words.has("list", ts.get(i).norm())) {
            int k = i + 1;
            while (k < ts.size() && k - i <= 3 && ts.get(k).isWord() && ts.get(k).capitalized() && !placeTokens[k]
                    && townWord(ts.get(k))) {
                k++;
            }
            if (k == i + 1) {
                break;
            }
            out.add(new Span(ts.get(i + 1).start(), ts.get(k - 1).end()));
            i = k;
        }
        boolean regionAfter = i < ts.size() && ts.get(i).isWord() && words.has("regionnoun", ts.get(i).norm());
        if (!regionAfter) {
            // "Zomba and Machinga" alone: Machinga could be anything; in a place label's value, names listed after
            // a town up to its end are towns ("Location: Sylhet, Sunamganj"), not a venue ("Nairobi, Hilton Hotel")
            if (!labelled || out.isEmpty() || !listEnds(ts, i, placeTokens)) {
                return List.of();
            }
            // the last name before ", Country" is that country's town, found with it ("Loma Plata, Paraguay")
            return i < ts.size() && ts.get(i).type() != Token.Type.BREAK ? out.subList(0, out.size() - 1) : out;
        }
        int j = c.first - 1;
        while (j > 0 && words.has("list", ts.get(j).norm())) {
            int k = j - 1;
            while (k >= 0 && j - k <= 3 && ts.get(k).isWord() && ts.get(k).capitalized() && !placeTokens[k]
                    && townWord(ts.get(k))) {
                k--;
            }
            if (k == j - 1) {
                break;
            }
            out.add(0, new Span(ts.get(k + 1).start(), ts.get(j - 1).end()));
            j = k;
        }
        return out;
    }

    private boolean townWord(Token t) {
        String n = t.norm();
        boolean nameWord = t.capitalized() ? !t.allCaps() || n.length() > 3 : words.has("townconnector", n);
        return nameWord && !words.has("notcity", n) && !words.has("never", n) && names.demonym(t) == null
                && n.chars().noneMatch(Character::isDigit);
    }

    private static GeoPlace unknownTown(String name, String cc) {
        int id = Integer.MIN_VALUE + ((cc + name).hashCode() & 0x3fffffff);
        return new GeoPlace(id, PlaceKind.CITY, name, cc, null, null, null, 0, "UNKNOWN");
    }

    /**
     * The chosen place, named as written when the text used another spelling of a town
     * (Ishkashim for GeoNames' Ishqoshim). Capitals and large cities keep their English name:
     * a different form there is an exonym (Viena, La Habana), not a spelling.
     */
    private static GeoPlace writtenName(Candidate c, CharSequence text, List<Token> ts) {
        GeoPlace p = c.chosen.place();
        if (c.chosen.primary() || p.kind() != PlaceKind.CITY || p.isCapital() || p.population() >= HUGE_CITY) {
            return p;
        }
        String written = text.subSequence(ts.get(c.first).start(), ts.get(c.nameLast).end()).toString();
        return new GeoPlace(p.id(), p.kind(), written, p.countryCode(), p.region(), p.latitude(), p.longitude(),
                p.population(), p.featureCode());
    }

    /** Countries of the cities and regions listed with cands[k] ("A, B and C"). */
    private Set<String> listedCountries(List<Candidate> cands, int k, List<Token> ts) {
        Set<String> out = new HashSet<>();
        for (int step : new int[] {-1, 1}) {
            for (int j = k; j + step >= 0 && j + step < cands.size(); j += step) {
                Candidate a = cands.get(Math.min(j, j + step));
                Candidate b = cands.get(Math.max(j, j + step));
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

    // Loops, not streams, over a candidate's entries: this runs for every place name of every header line and title.

    /** Entries all of one country and none a city ("in Córdoba, in Andalusia" names a region of one country). */
    private static boolean oneCountryNoCity(List<Entry> entries) {
        String cc = entries.get(0).place().countryCode();
        for (Entry e : entries) {
            if (!Objects.equals(e.place().countryCode(), cc) || e.place().kind() == PlaceKind.CITY) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCountry(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.place().kind() == PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** The best-scoring entry, the first of equals (as Stream.max keeps). */
    private Entry best(List<Entry> entries, Set<String> local, PlaceContext ctx, Set<String> listed) {
        long largest = 0; // of the places the name is the own name of: "Victoria" is also Hong Kong's alias
        for (Entry e : entries) {
            largest = e.place().kind() == PlaceKind.CITY && e.primary() ? Math.max(largest, e.place().population()) : largest;
        }
        Entry best = entries.get(0);
        double bestScore = score(best, local, ctx, listed, largest);
        for (int i = 1; i < entries.size(); i++) {
            double s = score(entries.get(i), local, ctx, listed, largest);
            if (s > bestScore) {
                best = entries.get(i);
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * A region named like its own seat is read as the city ("held in Geneva": the city, not the canton);
     * after "city of" / "ciudad de" a name shared with a country is its city ("la ciudad de Guatemala").
     */
    private static List<Entry> preferCities(List<Entry> entries, boolean cityOf) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            GeoPlace p = e.place();
            boolean seatNamed = p.kind() == PlaceKind.REGION && hasSeatNamed(entries, p);
            boolean countryOrRegion = p.kind() != PlaceKind.CITY;
            if (!seatNamed && !(cityOf && countryOrRegion)) {
                out.add(e);
            }
        }
        return out.isEmpty() ? entries : out;
    }

    /**
     * By candidate, whether a word for regions names it one: right before it ("the provinces of Sindh and Punjab",
     * "in three provinces: Sindh, ...", "los departamentos de Rivera y Artigas") or right after its list ("in the
     * Oromia and Amhara regions"), shared along the list.
     */
    private boolean[] regional(List<Candidate> cands, List<Token> ts) {
        boolean[] out = new boolean[cands.size()];
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            out[k] = regionNounBefore(ts, c.first)
                    || k > 0 && out[k - 1] && onlyListWordsBetween(ts, cands.get(k - 1).last + 1, c.first);
        }
        for (int k = cands.size() - 1; k >= 0; k--) {
            Candidate c = cands.get(k);
            boolean after = regionNounAfter(ts, c.last);
            // listed with the next name, they share what the list says of them
            out[k] |= after || k + 1 < cands.size() && out[k + 1] && onlyListWordsBetween(ts, c.last + 1, cands.get(k + 1).first);
        }
        return out;
    }

    /**
     * A region word before the name, past articles, "of"/"de", a number word, a colon or a bracket; or, capitalized,
     * right before it ("Región Cusco", "Province Kandahar": a region's official style).
     */
    private boolean regionNounBefore(List<Token> ts, int first) {
        int k = first - 1;
        for (int steps = 0; k >= 0 && steps < 4 && (ts.get(k).isWord() ? words.has("skip", ts.get(k).norm())
                : LIST_OPENERS.contains(ts.get(k).norm())); steps++) {
            k--;
        }
        return k >= 0 && (k < first - 1 || ts.get(k).capitalized()) && ts.get(k).isWord()
                && words.has("regionnoun", ts.get(k).norm());
    }

    /** A region word right after the name: "the Cusco region", "Cusco Region". */
    private boolean regionNounAfter(List<Token> ts, int last) {
        return last + 1 < ts.size() && ts.get(last + 1).isWord() && words.has("regionnoun", ts.get(last + 1).norm());
    }

    /**
     * A name's region entries, when it has any; else, when a word for regions stands right before it (not only
     * before a name it is listed with: "Trinidad, capital of the Beni department"), the regions its cities are the
     * seats of: "Departamento de Cusco" is the region GeoNames spells "Cuzco Department", whose seat is Cusco.
     */
    private List<Entry> regions(List<Entry> entries, boolean nounBefore) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.place().kind() == PlaceKind.REGION) {
                out.add(e);
            }
        }
        for (int i = 0; nounBefore && out.isEmpty() && i < entries.size(); i++) {
            GeoPlace seat = entries.get(i).place();
            if (seat.kind() == PlaceKind.CITY && seat.isAdminSeat() && seat.region() != null) {
                for (Entry r : gaz.name(Tokenizer.key(seat.region())).places()) {
                    if (r.place().kind() == PlaceKind.REGION && r.place().countryCode().equals(seat.countryCode())) {
                        out.add(new Entry(r.place(), entries.get(i).primary()));
                        break;
                    }
                }
            }
        }
        return out.isEmpty() ? entries : out;
    }

    /** "the city of X", "la ciudad de X": the words right before the name (words.tsv "cityof"). */
    private boolean afterCityOf(List<Token> ts, int first) {
        return first >= 2 && ts.get(first - 2).isWord() && ts.get(first - 1).isWord()
                && words.has("cityof", ts.get(first - 2).norm() + " " + ts.get(first - 1).norm());
    }

    /** A city among the entries that is the seat of region r. */
    private static boolean hasSeatNamed(List<Entry> entries, GeoPlace r) {
        for (Entry e : entries) {
            GeoPlace c = e.place();
            if (c.kind() == PlaceKind.CITY && c.isAdminSeat() && c.countryCode().equals(r.countryCode())
                    && r.name().equals(c.region())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An entry's score; largest is the population of the largest city the name is the own name of. A town (not a
     * capital) a hundred times smaller than its namesake gets a quarter of the section's and document's country
     * context: "Lima" in a release that names the United States elsewhere is still Lima, Peru, not Lima, Ohio (a
     * country named in the same place line still decides).
     */
    private double score(Entry e, Set<String> local, PlaceContext ctx, Set<String> listed, long largest) {
        GeoPlace p = e.place();
        double s = switch (p.kind()) {
            case COUNTRY -> 10;
            case REGION -> 4;
            case CITY -> Math.log10(p.population() + 10);
        };
        s += e.primary() ? 2 : 0;
        s += p.isCapital() ? 1 : p.isAdminSeat() ? 0.5 : 0;
        String cc = p.countryCode();
        // a report whose title names one country: a seat of its government or regions outweighs a larger namesake
        // abroad ("Santiago" in a report of the Dominican Republic's ministry is Santiago de los Caballeros)
        boolean homeSeat = p.kind() == PlaceKind.CITY && p.isAdminSeat() && ctx.title().size() == 1 && ctx.title().contains(cc);
        double context = (ctx.section().contains(cc) ? 4 : 0) + (ctx.document().contains(cc) ? 2 : 0) + (homeSeat ? 3 : 0);
        boolean dwarfed = p.kind() == PlaceKind.CITY && !p.isCapital() && largest >= 100 * Math.max(1L, p.population());
        s += (local.contains(cc) ? 5 : 0) + (listed.contains(cc) ? 4 : 0) + (dwarfed ? context / 4 : context);
        return s;
    }

    /** Cue ("held in X"), origin ("experts from X", "Embassy in X"), inherited along a list. */
    private void roleFromWords(Candidate c, Candidate previous, List<Token> ts) {
        int b = skipBack(ts, c.first - 1);
        boolean journeyTo = b > 0 && words.has("toward", ts.get(b).norm()) && journeyBefore(ts, b - 1);
        if (b >= 0 && (words.has("cue", ts.get(b).norm()) || journeyTo)) {
            c.cued = true;
            c.origin = originNameBefore(ts, b - 1);
        } else if (b >= 0 && words.has("origin", ts.get(b).norm())) {
            c.origin = true;
        } else if (previous != null && onlyListWordsBetween(ts, previous.last + 1, c.first)) {
            c.cued = previous.cued;
            c.origin = previous.origin;
        } else if (afterCuedVenue(ts, c.first)) {
            c.cued = true;
        } else {
            int u = beforeUnknownListed(ts, c.first);
            if (u >= 0 && words.has("cue", ts.get(u).norm())) {
                c.cued = true;
            } else if (u >= 0 && words.has("origin", ts.get(u).norm())) {
                c.origin = true;
            }
        }
    }

    /**
     * "held in Adama and Bahir Dar": a place listed after a name the gazetteer lacks shares that name's cue.
     * The index of the word before the unknown name (one to three capitalized words, then one list word),
     * past skipped words, or -1.
     */
    private int beforeUnknownListed(List<Token> ts, int first) {
        int i = first - 1;
        if (i < 1 || !words.has("list", ts.get(i).norm())) {
            return -1;
        }
        int k = i - 1;
        while (k >= 0 && i - 1 - k < 3 && ts.get(k).isWord() && ts.get(k).capitalized() && !ts.get(k).allCaps()
                && !words.has("never", ts.get(k).norm()) && !words.has("function", ts.get(k).norm())
                && Character.isLetter(ts.get(k).norm().charAt(0))) {
            k--;
        }
        return k < i - 1 ? skipBack(ts, k) : -1;
    }

    /**
     * A journey's noun, lower case, ending at i or one or two lower-case words before ("a visit to Victoria",
     * "una misión técnica a Medellín"), not in a capitalized name ("... Mission to Moldova").
     */
    private boolean journeyBefore(List<Token> ts, int i) {
        for (int k = i; k >= 0 && k >= i - 2 && ts.get(k).isWord(); k--) {
            // capitalized only as the first word ("Misión técnica a Medellín" as a title)
            if (ts.get(k).capitalized() && k > 0) {
                return false;
            }
            if (words.has("journey", ts.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "held at the Hilton Hotel, Lima", "en el Hotel Sheraton, Quito": a cued venue's name, a comma, then the place. */
    private boolean afterCuedVenue(List<Token> ts, int first) {
        int i = first - 1;
        if (i < 1 || ts.get(i).isWord() || !ts.get(i).norm().equals(",")) {
            return false;
        }
        int capitals = 0;
        for (i--; i >= 0 && ts.get(i).isWord() && first - i <= 10; i--) {
            Token t = ts.get(i);
            if (t.capitalized()) {
                capitals++;
            } else if (!words.has("connector", t.norm())) {
                break;
            }
        }
        int b = skipBack(ts, i);
        return capitals > 0 && b >= 0 && b == i && words.has("cue", ts.get(b).norm());
    }

    /** "Embassy in Lima", "the Embassy of Sweden in Guatemala": a name ending right before the cue names an embassy. */
    private boolean originNameBefore(List<Token> ts, int i) {
        for (int n = 0; i >= 0 && n < 6 && ts.get(i).isWord(); i--, n++) {
            Token t = ts.get(i);
            if (words.has("origin", t.norm())) {
                return words.has("seat", t.norm());
            }
            if (!t.capitalized() && !words.has("connector", t.norm())) {
                return false;
            }
        }
        return false;
    }

    private boolean accept(Candidate c, Candidate previous, List<Token> ts, Set<String> local, PlaceContext ctx,
                           boolean[] neighbours) {
        GeoPlace p = c.chosen.place();
        if (c.qualified) {
            return true;
        }
        boolean venue = insideLongerName(ts, c, neighbours);
        if (venue && !(c.cued && p.kind() == PlaceKind.CITY && opensVenueName(ts, c, neighbours))) {
            return false;
        }
        if (p.kind() == PlaceKind.COUNTRY || c.regionNamed && p.kind() == PlaceKind.REGION) {
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
        // a cued city written in its English form (an alias of GeoNames' local name: "held in Seville", "in Cologne")
        boolean cuedAlias = c.cued && p.kind() == PlaceKind.CITY && p.population() >= CUED_ALIAS_CITY;
        if (venue) { // a town opening a venue's name must stand on its own: not the "Golden Tulip Hotel"
            return strong || known;
        }
        return strong || known || listed || c.cued && c.chosen.primary() || cuedAlias;
    }

    /**
     * "held at the Kigali Convention Centre": the city opens a name (nothing capitalized before it) that ends, one to
     * three words on, with a word for a venue (words.tsv "venue").
     */
    private boolean opensVenueName(List<Token> ts, Candidate c, boolean[] neighbours) {
        // a common word or name ("the Victoria Hall") is no city there
        if (nameWordAt(ts, c.first - 1, -1, neighbours) || c.first == c.last && words.has("notplace", ts.get(c.first).norm())) {
            return false;
        }
        for (int k = c.last + 1; k < ts.size() && k <= c.last + 3 && ts.get(k).isWord() && ts.get(k).capitalized(); k++) {
            if (words.has("venue", ts.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** The candidate is the first word of a sentence that goes on in lower case. */
    private static boolean opensSentence(List<Token> ts, Candidate c) {
        boolean first = c.first == 0 || ts.get(c.first - 1).type() == Token.Type.BREAK;
        return first && c.last + 1 < ts.size() && ts.get(c.last + 1).isWord() && !ts.get(c.last + 1).capitalized();
    }

    /**
     * "Radisson Victoria Plaza Hotel", "Quito Declaration", "Ministry of Foreign Affairs of Peru";
     * a neighbouring place in the given token set does not count ("Quito Ecuador").
     */
    private boolean insideLongerName(List<Token> ts, Candidate c, boolean[] placeTokens) {
        // "Departamento de Cusco", "Región Cusco", "Cusco Region": a word for regions opens or closes no longer name
        return nameWordAt(ts, c.last + 1, +1, placeTokens) && !(c.regionNamed && regionNounAfter(ts, c.last))
                || nameWordAt(ts, c.first - 1, -1, placeTokens) && !(c.regionNamed && regionNounBefore(ts, c.first));
    }

    /** Whether a capitalized non-function word continues the name at i (through inner connectors). */
    private boolean nameWordAt(List<Token> ts, int i, int step, boolean[] placeTokens) {
        if (step > 0 && i < ts.size() && ts.get(i).isWord() && words.has("article", ts.get(i).norm())) {
            return false; // "en Guatemala el Foro": names go on through "de la", never through a bare article
        }
        while (i >= 0 && i < ts.size() && ts.get(i).isWord()) {
            Token t = ts.get(i);
            if (t.capitalized() && !words.has("function", t.norm())) {
                return !placeTokens[i];
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
            if (n.equals("(")) {
                // "Lima (3 May), Cusco (5 May) and Arequipa": a note in brackets after a listed place
                int close = i + 1;
                while (close < to && !ts.get(close).norm().equals(")")) {
                    close++;
                }
                if (close >= to) {
                    return false;
                }
                i = close;
            } else if (!words.has("list", n) && !words.has("skip", n)) {
                return false;
            }
        }
        return true;
    }

    private int skipBack(List<Token> ts, int i) {
        // "held in three cities: Lima, ...", "in two towns (Lima and Cusco)": a colon or bracket opens the list
        // "held in the capital, Tegucigalpa": a comma after a skipped word too
        while (i >= 0 && (ts.get(i).isWord() ? skippable(ts.get(i).norm())
                : ts.get(i).type() == Token.Type.BREAK && LIST_OPENERS.contains(ts.get(i).norm())
                || ts.get(i).type() == Token.Type.COMMA && i > 0 && ts.get(i - 1).isWord() && skippable(ts.get(i - 1).norm()))) {
            i--;
        }
        return i >= 0 && ts.get(i).isWord() ? i : -1;
    }

    /** "held in the city of", "in three provinces:": words between a cue and its place. */
    private boolean skippable(String norm) {
        return words.has("skip", norm) || words.has("regionnoun", norm);
    }
}

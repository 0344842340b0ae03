package org.reportparse.annotate.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Cities, admin-1 regions and countries indexed by name key (see {@link Tokenizer#key}), read
 * from the index scripts/build-gazetteer builds (GeoNames, see ATTRIBUTION.md, joined with the
 * hand-written country-facts.tsv and city-names.tsv). Load once per process; thread-safe. Places
 * are parsed when first looked up, each once, so the same place is always the same object.
 */
public final class Gazetteer {
    /** A name of a place; primary when it is the place's own or an intended alias, not a foreign exonym. */
    record Entry(GeoPlace place, boolean primary) {}

    private final GazetteerIndex index;
    private final AtomicReferenceArray<GeoPlace> places;
    /**
     * Keys looked up before, found or not: a text's capitalized words repeat, and a hash look-up
     * is cheaper than a binary search. Capped, so a long batch of varied text cannot grow it without bound.
     */
    private final Map<String, Name> lookedUp = new ConcurrentHashMap<>();
    private static final int LOOKED_UP_LIMIT = 200_000;
    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, String> countryByKey = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    /**
     * Every written form of a demonym key, plurals included ("peruanos"), to its base key: one
     * look-up per word instead of three substrings and look-ups.
     */
    private final Map<String, String> demonymForms = new HashMap<>();
    /** Demonyms written in lower case in the facts file (Spanish adjectives) match in any case. */
    private final Set<String> lowerCaseDemonyms = new HashSet<>();
    private int maxTokens = 1;

    private Gazetteer(GazetteerIndex index) {
        this.index = index;
        this.places = new AtomicReferenceArray<>(index.placeCount());
    }

    public static Gazetteer load() {
        Gazetteer g = new Gazetteer(GazetteerIndex.load());
        for (String[] f : g.index.smallLines()) {
            switch (f[0]) {
                case GazetteerIndex.MAX_TOKENS -> g.maxTokens = Integer.parseInt(f[1]);
                case GazetteerIndex.COUNTRY -> g.countries.put(f[1], new Country(f[1], f[2], f[3], List.of(f[4].split("\\|")),
                        f[5].isEmpty() ? List.of() : List.of(f[5].split("\\|")), f[6].isEmpty() ? null : g.place(Integer.parseInt(f[6]))));
                case GazetteerIndex.COUNTRY_NAME -> g.countryByKey.put(f[1], f[2]);
                case GazetteerIndex.DEMONYM -> {
                    g.demonyms.put(f[1], f[2]);
                    if (f[3].equals("any case")) {
                        g.lowerCaseDemonyms.add(f[1]);
                    }
                }
                default -> throw new IllegalStateException("unknown gazetteer index line " + f[0]);
            }
        }
        g.addDemonymForms();
        return g;
    }

    /** Place number n, parsed on first use; one object per place even when threads race. */
    private GeoPlace place(int n) {
        GeoPlace p = places.get(n);
        if (p == null) {
            String[] f = index.place(n);
            places.compareAndSet(n, null, new GeoPlace(Integer.parseInt(f[1]), PlaceKind.valueOf(f[2]), f[3], f[4],
                    orNull(f[5]), f[6].isEmpty() ? null : Double.valueOf(f[6]), f[7].isEmpty() ? null : Double.valueOf(f[7]),
                    Long.parseLong(f[8]), f[9]));
            p = places.get(n);
        }
        return p;
    }

    /** The places a name key names, and whether longer names go on from it ("santa" to "santa cruz"). */
    record Name(List<Entry> places, boolean continued) {}

    Name name(String key) {
        Name name = lookedUp.get(key);
        if (name == null) {
            GazetteerIndex.Slot slot = index.slot(key);
            name = new Name(slot.places() == null ? List.of() : entries(slot.places()), slot.continued());
            if (lookedUp.size() < LOOKED_UP_LIMIT) {
                name = Objects.requireNonNullElse(lookedUp.putIfAbsent(key, name), name);
            }
        }
        return name;
    }

    /** Whether this name, as a whole, is a place's name (any language, any kind of place). */
    public boolean names(String name) {
        return !lookup(Tokenizer.key(name)).isEmpty();
    }

    List<Entry> lookup(String key) {
        return name(key).places();
    }

    private List<Entry> entries(String numbers) {
        List<Entry> out = new ArrayList<>(2);
        for (String n : numbers.split(",")) {
            boolean foreign = n.startsWith(GazetteerIndex.FOREIGN);
            out.add(new Entry(place(Integer.parseInt(foreign ? n.substring(1) : n)), !foreign));
        }
        return List.copyOf(out);
    }

    int maxTokens() {
        return maxTokens;
    }

    /** Country code for a demonym key ("guatemalan", "peruanos"), plural forms included, or null. */
    String demonym(String key) {
        String base = demonymBase(key);
        return base == null ? null : demonyms.get(base);
    }

    /** Whether a written demonym counts in lower case too ("el gobierno guatemalteco"). */
    boolean demonymAnyCase(String key) {
        String base = demonymBase(key);
        return base != null && lowerCaseDemonyms.contains(base);
    }

    /** Every form of the demonyms that count in lower case too (see {@link #demonymAnyCase}). */
    Set<String> anyCaseDemonymForms() {
        Set<String> out = new HashSet<>();
        demonymForms.forEach((form, base) -> {
            if (lowerCaseDemonyms.contains(base)) {
                out.add(form);
            }
        });
        return out;
    }

    private String demonymBase(String key) {
        return demonymForms.get(key);
    }

    /** A key that is a demonym itself wins over a plural reading, and "-s" over "-es" (demonymBase's order). */
    private void addDemonymForms() {
        demonyms.keySet().forEach(d -> demonymForms.put(d, d));
        for (String plural : new String[] {"s", "es"}) {
            demonyms.keySet().forEach(d -> demonymForms.putIfAbsent(d + plural, d));
        }
    }

    Country countryByCode(String cc) {
        return countries.get(cc);
    }

    /** A country by ISO alpha-2 code, English or Spanish name, or demonym ("GT", "Guatemala", "guatemalteco"). */
    public Optional<Country> country(String nameOrCode) {
        String s = nameOrCode.strip();
        if (s.length() == 2 && s.chars().allMatch(Character::isLetter)) {
            Country c = countries.get(s.toUpperCase(Locale.ROOT));
            if (c != null) {
                return Optional.of(c);
            }
        }
        String key = Tokenizer.key(s);
        String cc = countryByKey.get(key);
        if (cc == null) {
            cc = demonym(key);
        }
        return Optional.ofNullable(cc == null ? null : countries.get(cc));
    }

    public int size() {
        return index.nameCount();
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }
}

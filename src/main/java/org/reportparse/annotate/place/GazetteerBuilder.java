package org.reportparse.annotate.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.reportparse.annotate.place.Gazetteer.Entry;

/**
 * Build step of scripts/build-gazetteer: joins gazetteer.tsv.gz (GeoNames, see ATTRIBUTION.md)
 * with the hand-written country-facts.tsv, city-names.tsv and words.tsv, computes every name's
 * {@link Tokenizer#key} and writes the index {@link Gazetteer} loads (format in {@link GazetteerIndex}).
 * Normalising some 80,000 names took about a second at every start-up; here it is done once.
 */
final class GazetteerBuilder {
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<GeoPlace, Integer> places = new IdentityHashMap<>();
    private final List<GeoPlace> placeList = new ArrayList<>();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, String> countryByKey = new LinkedHashMap<>();
    private final Map<String, String> demonyms = new LinkedHashMap<>();
    /** Demonyms written in lower case in the facts file (Spanish adjectives) match in any case. */
    private final Set<String> lowerCaseDemonyms = new HashSet<>();
    private int maxTokens = 1;

    private GazetteerBuilder() {}

    /** Usage: GazetteerBuilder OUTPUT (the index, gzipped), reading this package's resources. */
    public static void main(String[] args) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            out.write(indexText().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The index text for the resources on the class path. */
    static String indexText() {
        return build().write();
    }

    static GazetteerBuilder build() {
        GazetteerBuilder g = new GazetteerBuilder();
        Map<String, String[]> countryRows = new HashMap<>();
        Map<String, String> admin1 = new HashMap<>();
        List<String[]> cityRows = new ArrayList<>();
        try (BufferedReader r = reader("gazetteer.tsv.gz", true)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "country" -> countryRows.put(f[1], f);
                    case "admin1" -> admin1.put(f[1], f[2]);
                    case "city" -> cityRows.add(f);
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.addCities(cityRows, admin1, cityNames());
        g.addRegions(admin1, WordLists.load());
        g.addCountries(countryRows);
        return g;
    }

    /**
     * Adds the cities; the largest city of a country with a name listed in city-names.tsv takes
     * that file's English name and other names.
     */
    private void addCities(List<String[]> rows, Map<String, String> admin1, Map<String, String[]> cityNames) {
        Map<String, String[]> largest = new HashMap<>();
        for (String[] f : rows) {
            String k = f[3] + "\t" + f[2];
            if (cityNames.containsKey(k)) {
                largest.merge(k, f, (a, b) -> Long.parseLong(a[7]) >= Long.parseLong(b[7]) ? a : b);
            }
        }
        for (String[] f : rows) {
            String k = f[3] + "\t" + f[2];
            String[] names = largest.get(k) == f ? cityNames.get(k) : null;
            GeoPlace p = new GeoPlace(Integer.parseInt(f[1]), PlaceKind.CITY, names == null ? f[2] : names[2], f[3],
                    admin1.get(f[3] + "." + f[4]), Double.valueOf(f[5]), Double.valueOf(f[6]), Long.parseLong(f[7]), f[8]);
            add(f[2], p, true);
            if (!f[9].isEmpty()) {
                for (String alt : f[9].split("\\|")) {
                    add(alt, p, false);
                }
            }
            if (names != null) {
                add(names[2], p, true);
                if (names.length > 3) {
                    Arrays.stream(names[3].split("\\|")).forEach(n -> add(n, p, true));
                }
            }
        }
    }

    /** Admin-1 regions, also under their name without generic words ("Beni" for "Beni Department"). */
    private void addRegions(Map<String, String> admin1, WordLists words) {
        int id = -1;
        for (Map.Entry<String, String> e : admin1.entrySet()) {
            String cc = e.getKey().substring(0, 2);
            GeoPlace region = new GeoPlace(id--, PlaceKind.REGION, e.getValue(), cc, e.getValue(), null, null, 0, "ADM1");
            add(e.getValue(), region, true);
            String[] parts = Tokenizer.key(e.getValue()).split(" ");
            int a = 0;
            int b = parts.length;
            while (a < b && words.has("regionword", parts[a])) {
                a++;
            }
            while (b > a && words.has("regionword", parts[b - 1])) {
                b--;
            }
            if (b > a && b - a < parts.length) {
                add(String.join(" ", Arrays.copyOfRange(parts, a, b)), region, true);
            }
        }
    }

    /** city-names.tsv rows keyed by "CC\tGeoNames name": English output names and common written forms GeoNames lacks. */
    private static Map<String, String[]> cityNames() {
        Map<String, String[]> out = new HashMap<>();
        each("city-names.tsv", f -> out.put(f[0] + "\t" + f[1], f));
        return out;
    }

    private void addCountries(Map<String, String[]> rows) {
        Map<String, String[]> facts = new HashMap<>();
        each("country-facts.tsv", f -> facts.put(f[0], f));
        for (String[] f : rows.values()) {
            String cc = f[1];
            List<String> names = new ArrayList<>(Arrays.asList(f[2].split("\\|")));
            List<String> spanish = Arrays.asList(f[3].split("\\|"));
            String[] fact = facts.get(cc);
            List<String> other = fact == null || fact.length < 4 || fact[3].isEmpty() ? List.of() : List.of(fact[3].split("\\|"));
            // the shortest official English name that reads as a name; other names only when none does
            String name = Stream.of(names, other).flatMap(l -> l.stream()
                    .filter(n -> !n.contains(",") && n.chars().filter(Character::isLetter).count() > 4)
                    .min(Comparator.comparingInt(String::length)).stream()).findFirst().orElse(names.get(0));
            List<String> dem = fact == null || fact.length < 3 || fact[2].isEmpty() ? List.of() : List.of(fact[2].split("\\|"));
            GeoPlace capital = fact == null ? null : city(cc, fact[1]).orElse(null);
            names.addAll(spanish);
            Country c = new Country(cc, name, spanish.get(0), List.copyOf(names), dem, capital);
            countries.put(cc, c);
            GeoPlace asPlace = new GeoPlace(-1000 - countries.size(), PlaceKind.COUNTRY, name, cc, null, null, null, 0, "COUNTRY");
            for (String n : names) {
                add(n, asPlace, true);
                countryByKey.putIfAbsent(Tokenizer.key(n), cc);
            }
            for (String n : other) {
                add(n, asPlace, false);
                countryByKey.putIfAbsent(Tokenizer.key(n), cc);
            }
            for (String d : dem) {
                demonyms.putIfAbsent(Tokenizer.key(d), cc);
                if (Character.isLowerCase(d.charAt(0))) {
                    lowerCaseDemonyms.add(Tokenizer.key(d));
                }
            }
        }
    }

    private void add(String name, GeoPlace p, boolean primary) {
        String key = Tokenizer.key(name);
        if (key.isEmpty()) {
            return;
        }
        places.computeIfAbsent(p, q -> {
            placeList.add(q);
            return placeList.size() - 1;
        });
        List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).place() == p) {
                if (primary && !list.get(i).primary()) {
                    list.set(i, new Entry(p, true));
                }
                return;
            }
        }
        list.add(new Entry(p, primary));
        int words = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            words++;
        }
        maxTokens = Math.max(maxTokens, words);
    }

    /** Every name key with its places, as the index lists them. */
    Map<String, List<Entry>> names() {
        return byKey;
    }

    Map<String, Country> countries() {
        return countries;
    }

    /** The largest city of country cc with this name (own name or alternate). */
    private Optional<GeoPlace> city(String cc, String name) {
        return byKey.getOrDefault(Tokenizer.key(name), List.of()).stream().map(Entry::place)
                .filter(p -> p.kind() == PlaceKind.CITY && p.countryCode().equals(cc))
                .max(Comparator.comparingLong(GeoPlace::population));
    }

    /** The index text: see {@link GazetteerIndex} for its lines. */
    private String write() {
        StringBuilder out = new StringBuilder(GazetteerIndex.HEADER);
        GazetteerIndex.line(out, GazetteerIndex.MAX_TOKENS, String.valueOf(maxTokens));
        for (GeoPlace p : placeList) {
            GazetteerIndex.line(out, GazetteerIndex.PLACE, String.valueOf(p.id()), p.kind().name(), p.name(),
                    p.countryCode(), orEmpty(p.region()), orEmpty(p.latitude()), orEmpty(p.longitude()),
                    String.valueOf(p.population()), p.featureCode());
        }
        countries.values().stream().sorted(Comparator.comparing(Country::code)).forEach(c ->
                GazetteerIndex.line(out, GazetteerIndex.COUNTRY, c.code(), c.name(), c.spanishName(),
                        String.join("|", c.names()), String.join("|", c.demonyms()),
                        c.capital() == null ? "" : String.valueOf(places.get(c.capital()))));
        countryByKey.forEach((key, cc) -> GazetteerIndex.line(out, GazetteerIndex.COUNTRY_NAME, key, cc));
        demonyms.forEach((key, cc) -> GazetteerIndex.line(out, GazetteerIndex.DEMONYM, key, cc,
                lowerCaseDemonyms.contains(key) ? "any case" : "capitalized"));
        byKey.keySet().stream().sorted(GazetteerIndex.KEY_ORDER).forEach(key -> GazetteerIndex.line(out,
                GazetteerIndex.NAME, key, byKey.get(key).stream()
                        .map(e -> (e.primary() ? "" : GazetteerIndex.FOREIGN) + places.get(e.place()))
                        .collect(Collectors.joining(","))));
        return out.toString();
    }

    private static String orEmpty(Object o) {
        if ("".equals(o)) {
            throw new IllegalStateException("an empty string would read back as null");
        }
        return o == null ? "" : o.toString();
    }

    private static BufferedReader reader(String resource, boolean gzip) throws IOException {
        InputStream in = GazetteerBuilder.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in, 1 << 16) : in,
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** Each non-comment row of a small TSV resource. */
    private static void each(String resource, Consumer<String[]> row) {
        try (BufferedReader r = reader(resource, false)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

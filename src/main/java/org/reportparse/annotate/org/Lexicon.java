package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists the organization rules read: head words, countries and demonyms, event words, stop lists. */
final class Lexicon {
    /** A head word's flags (see heads.tsv). */
    record Head(boolean located, boolean needsOf, boolean government, boolean ownBody, boolean afterUnit) {}

    final Map<String, Head> heads = new HashMap<>();
    /** Demonym or other country form (as written) -> country name used after "of". */
    final Map<String, String> demonyms = new HashMap<>();
    /** Country names in English and Spanish, as keys. */
    final Set<String> countryKeys = new HashSet<>();
    /** Country name as written (English or Spanish) -> the English name used after "of" ("the Netherlands"). */
    final Map<String, String> countryNames = new HashMap<>();
    final Set<String> eventWords = new HashSet<>();
    /** Venue words as keys, each between spaces (" hotel "), as namesVenue looks for them. */
    final List<String> venueKeys = new ArrayList<>();
    final Set<String> documentWords = new HashSet<>();
    final Set<String> genericKeys = new HashSet<>();
    final Set<String> acronymStoplist = new HashSet<>();
    /** Funders whose acronym before a word in capitals names a programme of theirs ("EU CRIMARIO"). */
    final Set<String> programmeOwners = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    /** Titles of offices held by people (office-titles.txt), as word lists, by their first word. */
    final Map<String, List<List<String>>> officeTitles = new HashMap<>();
    /** Demonym and region words ("Guatemalan", "Caribbean", "Central"), as written. */
    final Set<String> placeAdjectives = new HashSet<>();
    /** Words that make a registry organization's head-word phrase its unit ("Regional", "Country"). */
    final Set<String> unitQualifiers = new HashSet<>();
    /** Last words of an administrative division's name ("Nimba County"): a place, not a body. */
    final Set<String> divisionWords = new HashSet<>();
    /** An alternative wording of a body's name, lower-cased once at load, and its canonical wording. */
    record Synonym(String lowerWording, int length, String canonical) {}

    /** Alternative wordings, longest first. */
    final List<Synonym> synonyms = new ArrayList<>();

    static Lexicon builtIn() {
        Lexicon x = new Lexicon();
        for (String[] r : Resources.table("heads.tsv")) {
            List<String> f = List.of(r[1].split(","));
            x.heads.put(r[0], new Head(f.contains("loc"), f.contains("of"), f.contains("gov"), f.contains("own"), f.contains("unit")));
        }
        for (String[] r : Resources.table("countries.tsv")) {
            x.countryKeys.add(Names.key(r[0]));
            for (String d : r[2].split("\\|")) {
                x.demonyms.put(d.strip(), r[1]);
                x.placeAdjectives.addAll(List.of(d.strip().split(" ")));
            }
            for (String s : r[3].split("\\|")) {
                x.countryKeys.add(Names.key(s));
                x.countryNames.put(s.strip(), r[1]);
            }
            x.countryNames.put(r[0], r[1]);
        }
        x.eventWords.addAll(Resources.lines("event-words.txt"));
        x.documentWords.addAll(Resources.lines("document-words.txt"));
        Resources.lines("venue-words.txt").stream().map(v -> " " + Names.key(v) + " ").distinct().forEach(x.venueKeys::add);
        Resources.lines("generic-names.txt").forEach(g -> x.genericKeys.add(Names.key(g)));
        Resources.lines("acronym-stoplist.txt").forEach(a -> x.acronymStoplist.add(a.strip()));
        Resources.lines("programme-owners.txt").forEach(a -> x.programmeOwners.add(a.strip()));
        x.placeAdjectives.addAll(Resources.lines("region-adjectives.txt"));
        Resources.lines("unit-qualifiers.txt").forEach(q -> x.unitQualifiers.add(q.strip()));
        Resources.lines("division-words.txt").forEach(q -> x.divisionWords.add(q.strip()));
        Resources.lines("given-names.txt").forEach(g -> x.givenNames.add(g.strip()));
        for (String t : Resources.lines("office-titles.txt")) {
            List<String> words = Words.of(t.strip()).stream().map(Words.Word::raw).toList();
            x.officeTitles.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
        }
        Map<String, String> synonyms = new LinkedHashMap<>();
        Resources.table("body-synonyms.tsv").stream()
                .sorted((a, b) -> b[0].length() - a[0].length())
                .forEach(r -> synonyms.put(r[0], r[1]));
        synonyms.forEach((k, v) -> x.synonyms.add(new Synonym(k.toLowerCase(Locale.ROOT), k.length(), v)));
        return x;
    }

    Head head(String word) {
        return heads.get(word);
    }

    /** "Grantley Adams International Airport", "Hotel Camino Real": a venue. */
    boolean namesVenue(String name) {
        String k = " " + Names.key(name) + " ";
        for (String v : venueKeys) {
            if (k.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** A venue, an event ("International Coastal Cleanup Day") or a document ("UN Convention"). */
    boolean namesEventOrVenue(String name) {
        return namesVenue(name) || Words.of(name).stream()
                .anyMatch(w -> eventWords.contains(w.raw()) || documentWords.contains(w.raw()));
    }

    /** As {@link #namesEventOrVenue}, documents aside. */
    boolean namesEventOrVenueOnly(String name) {
        return namesVenue(name) || Words.of(name).stream().anyMatch(w -> eventWords.contains(w.raw()));
    }

    /** "Helen Marsh", "Juan Pérez": two to four words opening with a given name, none an organization head word. */
    boolean looksLikePerson(String name) {
        List<Words.Word> words = Words.of(name);
        return words.size() >= 2 && words.size() <= 4 && givenNames.contains(words.get(0).raw())
                && words.stream().noneMatch(w -> head(w.raw()) != null);
    }

    /**
     * "Prime Minister of Fiji", "Secretario General de la OEA", "Minister": a name opening with the
     * title of an office, alone or before "of"/"de"/"for", is the person holding it.
     */
    boolean namesOffice(String name) {
        List<Words.Word> words = Words.of(name);
        List<List<String>> titles = words.isEmpty() ? null : officeTitles.get(words.get(0).raw());
        if (titles == null) {
            return false;
        }
        for (List<String> title : titles) {
            int n = title.size();
            boolean prefix = n <= words.size();
            for (int i = 0; prefix && i < n; i++) {
                prefix = words.get(i).raw().equals(title.get(i));
            }
            if (prefix && (n == words.size() || OFFICE_COMPLEMENT.contains(words.get(n).raw()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OFFICE_COMPLEMENT = Set.of("of", "for", "de", "del", "para");

    /** "Nimba County", "Lamu District": a name ending on an administrative division's word is that place. */
    boolean namesDivision(String name) {
        List<Words.Word> words = Words.of(name);
        return words.size() >= 2 && divisionWords.contains(words.get(words.size() - 1).raw());
    }

    /** "Central American and Caribbean", "Guatemalan": where people come from, not who they are. */
    boolean onlyPlaceAdjectives(String name) {
        List<Words.Word> words = Words.of(name);
        return !words.isEmpty() && words.stream().allMatch(w -> placeAdjectives.contains(w.raw())
                || CONNECTORS.contains(w.raw()));
    }

    private static final Set<String> CONNECTORS = Set.of("and", "y", "e", "&", "the", "of");

    boolean isCountry(String s) {
        return countryKeys.contains(Names.key(s));
    }
}

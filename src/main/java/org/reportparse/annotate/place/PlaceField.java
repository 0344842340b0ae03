package org.reportparse.annotate.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.place.PlaceAnnotator.Found;
import org.reportparse.model.PlaceValue;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/**
 * The places an activity took place in, from the strongest evidence that names any: a place
 * label, the header lines, "held in X" in the title or the first sentences of the body, and
 * last a country named in the title. Places people came from ("experts from Peru") and
 * embassies' cities are not places of the activity. Most specific first, one per place.
 */
public final class PlaceField implements FieldAnnotator<List<PlaceValue>> {
    /** How many body paragraphs and sentences may say where the activity was held. */
    private static final int BODY_PARAGRAPHS = 2;
    private static final int BODY_SENTENCES = 3;

    private final PlaceAnnotator places;

    public PlaceField(PlaceAnnotator places) {
        this.places = places;
    }

    /** Loads the gazetteer (once per process; the result is thread-safe). */
    public static PlaceField load() {
        return new PlaceField(PlaceAnnotator.load());
    }

    public PlaceAnnotator annotator() {
        return places;
    }

    /** Where to look, and which of the places found there to keep. */
    private record Source(Function<Predicate<Found>, List<Found>> scan, Predicate<Found> keep) {}

    @Override
    public List<PlaceValue> annotate(Section section, DocumentContext ctx) {
        PlaceContext pc = context(section, ctx);
        Predicate<Found> any = f -> !f.origin();
        Predicate<Found> cued = f -> f.cued() && !f.origin();
        Predicate<Found> cuedOrQualified = f -> (f.cued() || f.qualified()) && !f.origin();
        Span dateline = ctx.header().datelineSpan();
        List<Source> sources = List.of(
                new Source(keep -> section.labels("place").stream()
                        .flatMap(l -> places.scanPlaceLabel(ctx.text(), l.value().start(), l.value().end(), pc).stream()
                                .filter(keep)).toList(), any),
                // a date label running on into the venue ("Dates: 28 Nov – 4 Dec 2018. Venue: ..., Lautoka, Fiji.")
                new Source(keep -> section.labels("date").stream()
                        .flatMap(l -> scan(ctx, l.value(), pc, keep).stream()).toList(), cuedOrQualified),
                // the first header line naming a place; a press release's dateline says where it was issued
                new Source(keep -> section.headerLines().stream().filter(h -> dateline == null || !h.overlaps(dateline))
                        .map(h -> placeLine(ctx, h, pc, keep)).filter(l -> !l.isEmpty()).findFirst().orElse(List.of()), any),
                new Source(keep -> title(section, ctx, pc, keep),
                        cuedOrQualified.or(f -> !f.origin() && setOff(f, section.title(), ctx, true))),
                // a bullet often opens with "Title, City, Country." or "Title, 15-16/02/2018, City, delivered with ..."
                // before its prose: a city set off by commas there
                new Source(keep -> firstSentenceWith(section, ctx, sentence -> scan(ctx, sentence, pc,
                        section.kind() != SectionKind.BULLET ? keep
                                : keep.or(f -> !f.origin() && setOff(f, sentence, ctx, false)))),
                        section.kind() == SectionKind.BULLET ? cuedOrQualified : cued),
                // "held in the capital": the capital of the section's or the report's country
                new Source(keep -> firstSentenceWith(section, ctx, sentence -> home(section, ctx, pc)
                        .map(c -> places.homeCapital(ctx.text(), sentence.start(), sentence.end(), c)).orElse(List.of())
                        .stream().filter(keep).toList()), cued),
                new Source(keep -> openingPlace(section, ctx, pc, keep, dateline),
                        f -> !f.origin() && f.mention().place().kind() == PlaceKind.CITY),
                new Source(keep -> title(section, ctx, pc, keep), f -> !f.origin() && f.mention().countryOnly()),
                // a release naming no other place happened where it was issued ("BRIDGETOWN, Barbados, May 3 -- ...
                // completed a course today")
                new Source(keep -> datelinePlace(section, ctx, pc, keep, dateline),
                        f -> !f.origin() && f.mention().place().kind() == PlaceKind.CITY),
                // the same for a dateline without its date, a city in capitals and a dash ("KINGSTON – The Ministry ...")
                new Source(keep -> placeOpening(CAPITALS_DATELINE, section, ctx, pc, keep),
                        f -> !f.origin() && f.mention().place().kind() == PlaceKind.CITY));
        for (int i = 0; i < sources.size(); i++) {
            List<Found> found = sources.get(i).scan().apply(sources.get(i).keep());
            if (found.isEmpty()) {
                continue;
            }
            if (found.stream().noneMatch(f -> f.mention().place().kind() == PlaceKind.CITY)) {
                found = refine(found, sources.subList(i + 1, sources.size()), cuedOrQualified);
            }
            return values(found, ctx);
        }
        return List.of();
    }

    /**
     * A city set off at the end of a title or in brackets ("Consultation on the policy, Kingston", "Training for
     * officials (Montego Bay), with IOM"): the title says where, as a header line would. Inside a bullet's first
     * sentence (inner), also a city between commas ("Training for 38 officers, 15-16/02/2018, San Pedro Sula,
     * delivered with ...").
     */
    private static boolean setOff(Found f, Span title, DocumentContext ctx, boolean endOnly) {
        Span at = f.mention().span();
        if (title == null || !title.contains(at) || f.mention().place().kind() != PlaceKind.CITY) {
            return false;
        }
        String text = ctx.text();
        int before = at.start() - 1;
        while (before >= title.start() && text.charAt(before) == ' ') {
            before--;
        }
        int after = at.end();
        while (after < title.end() && text.charAt(after) == ' ') {
            after++;
        }
        char open = before >= title.start() ? text.charAt(before) : '\0';
        char close = after < title.end() ? text.charAt(after) : '\0';
        return open == '(' && close == ')' || open == ',' && (close == '\0' || close == '.' || !endOnly && close == ',');
    }

    /**
     * A source naming only countries or regions ("OEA inicia en Paraguay taller...") gives way to
     * the first later source naming a city inside them, as that source would keep it or as
     * "City, Country" ("Asunción, Paraguay, 1 de julio").
     */
    private static List<Found> refine(List<Found> coarse, List<Source> later, Predicate<Found> keep) {
        Set<String> countries = coarse.stream().map(f -> f.mention().countryCode()).collect(Collectors.toSet());
        Predicate<Found> inside = f -> f.mention().place().kind() == PlaceKind.CITY && countries.contains(f.mention().countryCode());
        for (Source source : later) {
            List<Found> cities = source.scan().apply(source.keep().or(keep).and(inside));
            if (!cities.isEmpty()) {
                return cities;
            }
        }
        return coarse;
    }

    private List<Found> title(Section section, DocumentContext ctx, PlaceContext pc, Predicate<Found> keep) {
        return section.title() == null ? List.of() : scan(ctx, section.title(), pc, keep);
    }

    /** Countries named in the section, in the whole document (scanned once, memoized) and in the report's title. */
    private PlaceContext context(Section section, DocumentContext ctx) {
        CountryMentions document = ctx.memo("place.countryMentions",
                () -> places.countryMentions(ctx.text(), 0, ctx.text().length()));
        int start = section.span().start();
        int end = section.span().end();
        Set<String> inSection = document.within(start, end).orElseGet(() -> places.countriesNamed(ctx.text(), start, end));
        return new PlaceContext(inSection, ctx.memo("place.documentCountries", document::all),
                ctx.memo("place.titleCountries", () -> {
                    Span title = ctx.header().title();
                    return title == null ? Set.<String>of() : places.countriesNamed(ctx.text(), title.start(), title.end());
                }));
    }

    private List<Found> placeLine(DocumentContext ctx, Span span, PlaceContext pc, Predicate<Found> keep) {
        return places.scanPlaceLine(ctx.text(), span.start(), span.end(), pc).stream().filter(keep).toList();
    }

    private List<Found> scan(DocumentContext ctx, Span span, PlaceContext pc, Predicate<Found> keep) {
        return places.scan(ctx.text(), span.start(), span.end(), pc).stream().filter(keep).toList();
    }

    private List<Found> firstSentenceWith(Section section, DocumentContext ctx, Function<Span, List<Found>> scan) {
        List<Span> body = section.body();
        for (int p = 0; p < Math.min(BODY_PARAGRAPHS, body.size()); p++) {
            for (Span sentence : Sentences.shared().split(ctx, body.get(p)).stream()
                    .limit(BODY_SENTENCES).toList()) {
                List<Found> f = scan.apply(sentence);
                if (!f.isEmpty()) {
                    return f;
                }
            }
        }
        return List.of();
    }

    /**
     * The country "the capital" means: the only one the section names, else the only one the report's title
     * names, else the only one the document names; empty when unsure.
     */
    private Optional<Country> home(Section section, DocumentContext ctx, PlaceContext pc) {
        if (pc.section().size() == 1) {
            return Optional.ofNullable(places.gazetteer().countryByCode(pc.section().iterator().next()));
        }
        return ctx.memo("place.homeCountry", () -> {
            Set<String> only = pc.title().size() == 1 ? pc.title() : pc.document();
            return only.size() == 1 ? Optional.ofNullable(places.gazetteer().countryByCode(only.iterator().next()))
                    : Optional.<Country>empty();
        });
    }

    /**
     * A body that opens like a dateline, "Castries, Saint Lucia – 9–11 May 2018. The ...", names
     * the city the activity was held in. Read after every sentence cue ("held in X"); a press
     * release's own dateline says where it was issued and is skipped.
     */
    private List<Found> openingPlace(Section section, DocumentContext ctx, PlaceContext pc, Predicate<Found> keep,
                                     Span dateline) {
        if (dateline != null && !section.body().isEmpty() && section.body().get(0).overlaps(dateline)) {
            return List.of();
        }
        return placeOpening(OPENING_PLACE, section, ctx, pc, keep);
    }

    /** The places of the pattern's first group when the section's first paragraph opens with it. */
    private List<Found> placeOpening(Pattern opening, Section section, DocumentContext ctx, PlaceContext pc,
                                     Predicate<Found> keep) {
        if (section.body().isEmpty()) {
            return List.of();
        }
        Span first = section.body().get(0);
        Matcher m = opening.matcher(ctx.text()).region(first.start(), first.end());
        return m.lookingAt() ? placeLine(ctx, new Span(m.start(1), m.end(1)), pc, keep) : List.of();
    }

    /** The place before the dateline's date, when this section holds the dateline. */
    private List<Found> datelinePlace(Section section, DocumentContext ctx, PlaceContext pc, Predicate<Found> keep,
                                      Span dateline) {
        if (dateline == null || !section.span().overlaps(dateline)) {
            return List.of();
        }
        int lineStart = ctx.text().lastIndexOf('\n', dateline.start() - 1) + 1;
        List<Found> before = placeLine(ctx, new Span(lineStart, dateline.start()), pc, keep);
        if (!before.isEmpty()) {
            return before;
        }
        // "3 May 2016, Lima – Thirty officials ...": the place after the date
        Matcher after = PLACE_AFTER_DATE.matcher(ctx.text()).region(dateline.end(), Math.min(ctx.text().length(), dateline.end() + 80));
        if (after.lookingAt()) {
            return placeLine(ctx, new Span(after.start(1), after.end(1)), pc, keep);
        }
        // a date on its own line ("Thursday, 5 March 2015"), then the place opening the first paragraph
        // after it: "WASHINGTON, D.C. — Election officials ..."
        for (Span b : section.body()) {
            if (b.start() > dateline.end()) {
                Matcher m = DASHED_PLACE.matcher(ctx.text()).region(b.start(), b.end());
                return m.lookingAt() ? placeLine(ctx, new Span(m.start(1), m.end(1)), pc, keep) : List.of();
            }
        }
        return List.of();
    }

    /** ", Lima – ", ", Suva, Fiji: ": a place between a dateline's date and its dash. */
    private static final Pattern PLACE_AFTER_DATE = Pattern.compile(",\\s*(\\p{Lu}[\\p{L} .,'’]{1,60}?)\\s*(?:[–—:]|--?)\\s+");

    /** "WASHINGTON, D.C. — ", "Suva, Fiji -- ": a place and a dash opening a release's first paragraph. */
    private static final Pattern DASHED_PLACE = Pattern.compile("(\\p{Lu}[\\p{L} .,'’]{1,60}?)\\s+(?:[–—]|--?)\\s+");

    /**
     * "Castries, Saint Lucia – 9", "Suva, Fiji, March 3", "Apia, Samoa, week of 10 September": a place before a day
     * or a month and day, or a word that opens a date.
     */
    /** "KINGSTON – ", "NAIROBI, Kenya — ", "SAN JOSÉ -- ": a city in capitals, perhaps its country, then a dash. */
    private static final Pattern CAPITALS_DATELINE = Pattern.compile(
            "(\\p{Lu}{2,}(?:[ .'’-]+\\p{Lu}{2,})*(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,40}?)?)\\s*(?:[–—]|--)\\s*\\p{Lu}");
    private static final Pattern OPENING_PLACE = Pattern.compile(
            "(\\p{Lu}[^.;:\\n\\d]{2,80}?)\\s*[,–—-]\\s*(?=(?:(?:[Ww]eek of|[Ff]rom|[Dd]el|[Ss]emana del) )?"
            + "(?:\\d{1,2}\\b|\\p{Lu}\\p{Ll}+\\.? \\d{1,2}\\b))");

    /** One value per place, cities first; a country or region already covered by a city is dropped. */
    private List<PlaceValue> values(List<Found> found, DocumentContext ctx) {
        Map<Integer, PlaceMention> distinct = new LinkedHashMap<>();
        for (Found f : found) {
            PlaceMention m = cityState(f.mention());
            distinct.putIfAbsent(m.place().id(), m);
        }
        List<PlaceMention> ms = new ArrayList<>(distinct.values());
        ms.removeIf(m -> m.place().kind() != PlaceKind.CITY && ms.stream().anyMatch(o -> o != m
                && o.place().kind().ordinal() < m.place().kind().ordinal() && o.countryCode().equals(m.countryCode())));
        // a region's value is its country: "in Sindh, Punjab and Khyber Pakhtunkhwa" is one place, Pakistan (the first region kept)
        Set<String> regionCountries = new HashSet<>();
        for (Iterator<PlaceMention> it = ms.iterator(); it.hasNext(); ) {
            PlaceMention m = it.next();
            if (m.place().kind() == PlaceKind.REGION && !regionCountries.add(m.countryCode())) {
                it.remove();
            }
        }
        ms.sort(Comparator.comparingInt(m -> m.place().kind().ordinal()));
        return ms.stream().map(m -> value(m, ctx)).toList();
    }

    /**
     * A city-state named as a country ("a study tour to Singapore", "Djibouti") is its capital, the city that
     * bears the country's name; other countries stay countries.
     */
    private static PlaceMention cityState(PlaceMention m) {
        Country c = m.country();
        if (m.place().kind() != PlaceKind.COUNTRY || c == null || c.capital() == null
                || !c.capital().name().equalsIgnoreCase(c.name())) {
            return m;
        }
        return new PlaceMention(m.span(), c.capital(), c);
    }

    private static PlaceValue value(PlaceMention m, DocumentContext ctx) {
        GeoPlace p = m.place();
        String country = m.country() == null ? null : m.country().name();
        String text = ctx.textOf(m.span());
        String name = EnglishSpelling.of(p.name());
        return switch (p.kind()) {
            case CITY -> new PlaceValue(name, name, EnglishSpelling.of(p.region()), country, p.countryCode(),
                    p.latitude(), p.longitude(), text, m.span());
            // A region alone locates the activity in its country; the region is kept as such.
            case REGION -> new PlaceValue(country, null, name, country, p.countryCode(), null, null, text, m.span());
            case COUNTRY -> new PlaceValue(country, null, null, country, p.countryCode(), null, null, text, m.span());
        };
    }
}

package org.reportparse.annotate.org;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;
import org.reportparse.model.PartnerValue;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.Section;

/**
 * Organizations with an active role in the activity: one {@link PartnerValue} per organization,
 * by canonical name, with the strongest role any of its mentions gives it. Build it once per
 * process ({@link #load()}); it is immutable and safe to share between threads.
 */
public final class PartnerField implements FieldAnnotator<List<PartnerValue>> {
    /** Roles from strongest to weakest: an organization mentioned twice keeps the stronger. */
    private static final List<String> ROLE_ORDER = List.of("organizer", "host", "sponsor", "partner", "presenter", "participant");
    private static final List<String> ROLE_LABELS = List.of("organizer", "partner", "sponsor", "presenter");
    private static final String DEFINITIONS = "org.definitions";
    /** One item of a ';' list: a name, optionally followed by "(ACRONYM)". */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*([^;\\n()]*[^;\\n()\\s])(?:\\s*\\(([^)]*)\\))?\\s*(?:;|$)",
            Pattern.MULTILINE);
    /**
     * One item of a list without ';': items end at ", " or a conjunction ("WaterAid, Oxfam and CARE").
     * A comma inside a name ("Ministry of Labour, Employment and Social Security") lies inside a found
     * name, whose item is never taken as written.
     */
    private static final Pattern COMMA_ITEM = Pattern.compile("\\s*((?:(?!,\\s|\\s(?:and|y|e)\\s)[^;\\n()])*[^;,\\n()\\s])"
            + "(?:\\s*\\(([^)]*)\\))?\\s*(?:,\\s+(?:(?:and|y|e)\\s+)?|\\s(?:and|y|e)\\s+|$)", Pattern.MULTILINE);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final MentionFinder finder;
    private final RoleCues roles;
    private final Registry registry;
    private final BareReferences bare;
    private final Lexicon lex;

    private PartnerField(Registry registry, OrgModel model, Predicate<String> placeName) {
        this.registry = registry;
        Lexicon lex = Lexicon.builtIn();
        this.lex = lex;
        this.finder = new MentionFinder(registry, lex, model, placeName);
        this.roles = RoleCues.builtIn();
        this.bare = new BareReferences(finder, lex);
    }

    /** The built-in registry, rules and trained model. */
    public static PartnerField load() {
        return load(null, name -> false);
    }

    /** As {@link #load()}, plus a user's own organizations (CSV or JSON, see USER-ORGANIZATIONS.md). */
    public static PartnerField load(Path userOrganizations) {
        return load(userOrganizations, name -> false);
    }

    /**
     * @param userOrganizations a user's own organizations, or null
     * @param placeName whether a name is, as a whole, a place's (the gazetteer): the name finder's
     *                  usual error besides people, so such a model-only name is no organization
     */
    public static PartnerField load(Path userOrganizations, Predicate<String> placeName) {
        Registry registry = Registry.builtIn();
        if (userOrganizations != null) {
            try {
                UserOrganizations.read(userOrganizations).forEach(registry::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read organizations file " + userOrganizations, e);
            }
        }
        return new PartnerField(registry, OrgModel.builtIn(), placeName);
    }

    @Override
    public List<PartnerValue> annotate(Section section, DocumentContext ctx) {
        String text = ctx.text();
        Definitions defined = ctx.memo(DEFINITIONS, () -> finder.definitions(text));
        Map<String, PartnerValue> byOrg = new LinkedHashMap<>();
        List<Span> structural = new ArrayList<>();
        Span titleSentence = null;
        // a title that is the first sentence of the body ("On 1 May the committee met with X ...") is prose:
        // its organizations get the roles their cues give, not the organizer role of a title's
        Span title = section.title();
        boolean visit = title == null || isVisit(title.of(text));
        boolean titleInBody = title != null && section.body().stream().anyMatch(b -> b.contains(title));
        if (title != null && !titleInBody) {
            if (isSentence(text, title)) {
                titleSentence = title; // "2. From 22 to 24 May, UNESCO's IOC held a course ... with funding from ..."
            } else {
                structural.add(title);
            }
        }
        structural.addAll(section.headerLines());
        for (Span s : structural) {
            for (OrgMention m : mentions(text, s, MentionFinder.Mode.STRUCTURAL, defined)) {
                // a title's unknown acronym is a topic more often than its organizer ("GIS Workshop for SIDS")
                if (!m.source().tentative()) {
                    keep(byOrg, m, "organizer");
                }
            }
        }
        for (Labeled l : section.labels()) {
            if (ROLE_LABELS.contains(l.key())) {
                RoleCues.InSentence cues = roles.in(l.value().of(text));
                for (OrgMention m : labelled(text, l.value(), defined)) {
                    String role = ofActivity(labelRole(cues, l, m), visit);
                    if (role != null) {
                        keep(byOrg, m, role);
                    }
                }
            } else if (l.key().equals("notes")) {
                prose(ctx, l.value(), defined, byOrg, visit);
            }
        }
        if (titleSentence != null) {
            prose(ctx, titleSentence, defined, byOrg, visit);
        }
        for (Span p : section.body()) {
            prose(ctx, p, defined, byOrg, visit);
        }
        if (title != null) {
            dropSitting(title.of(text), byOrg);
        }
        dropPlaces(text, section, byOrg);
        List<PartnerValue> out = new ArrayList<>(byOrg.size());
        byOrg.values().forEach(p -> out.add(withAliases(p)));
        return out;
    }

    /**
     * The partner with its aliases: the forms written in the activity (gathered by {@link #keep}),
     * then the registry's other names and acronyms; none repeats another or the name and acronym.
     */
    private PartnerValue withAliases(PartnerValue p) {
        Set<String> seen = new HashSet<>();
        seen.add(Names.key(p.name()));
        if (p.acronym() != null) {
            seen.add(Names.key(p.acronym()));
        }
        List<String> out = new ArrayList<>();
        for (String written : p.aliases()) {
            // "OAS/CIM" is two organizations' names written together, no name of either
            if (written.indexOf('/') < 0 && seen.add(Names.key(written))) {
                out.add(written);
            }
        }
        OrgEntry e = registry.entry(p.name());
        if (e != null) {
            List<String> known = new ArrayList<>(e.aliases());
            known.add(0, e.name());
            if (e.acronym() != null) {
                known.add(1, e.acronym());
            }
            for (String a : known) {
                if (seen.add(Names.key(a))) {
                    out.add(a);
                }
            }
        }
        return p.withAliases(out);
    }

    /**
     * A label's role, unless a cue inside its value gives the organization another: "Organizers:
     * ZAMCOM, with funding from Sida" (Sida is a sponsor).
     */
    private static String labelRole(RoleCues.InSentence cues, Labeled l, OrgMention m) {
        int at = l.value().start();
        RoleCues.Role r = cues.role(m.span().start() - at, m.span().end() - at);
        return r != null && r.cued() ? r.name() : l.key();
    }

    /**
     * A title that is a whole sentence of prose (the segmenter titles a dated paragraph by its first
     * sentence): words enough, and a closing period.
     */
    private static boolean isSentence(String text, Span title) {
        String t = title.of(text).strip();
        return t.endsWith(".") && Words.of(t).size() >= SENTENCE_TITLE_WORDS;
    }

    private static final int SENTENCE_TITLE_WORDS = 8;

    /**
     * A cue's role in this activity: a visited organization hosts a visit or study tour; during any other
     * activity a visit is a side trip ("participants also visited the port"), which gives no role (null).
     */
    private static String ofActivity(String role, boolean visitActivity) {
        return !VISIT.equals(role) ? role : visitActivity ? "host" : null;
    }

    /** A title names a visit, or no other kind of event ("Workshop on ...", "ISPS training in Mombasa"). */
    private static boolean isVisit(String title) {
        boolean event = false;
        for (Words.Word w : Words.of(title)) {
            String k = w.raw().toLowerCase(java.util.Locale.ROOT);
            if (VISIT_TITLES.contains(k)) {
                return true;
            }
            event |= EVENT_TITLES.contains(k);
        }
        return !event;
    }

    private static final String VISIT = "visit";
    /** Title words that make an activity a visit (visit-titles.txt), lower-cased. */
    private static final Set<String> VISIT_TITLES = lowerCased("visit-titles.txt");
    /** Words naming other kinds of events (event-words.txt), lower-cased. */
    private static final Set<String> EVENT_TITLES = lowerCased("event-words.txt");

    private static Set<String> lowerCased(String resource) {
        Set<String> out = new HashSet<>();
        Resources.lines(resource).forEach(w -> out.add(w.strip().toLowerCase(java.util.Locale.ROOT)));
        return Set.copyOf(out);
    }

    private void prose(DocumentContext ctx, Span paragraph, Function<String, OrgMention> defined,
                       Map<String, PartnerValue> byOrg, boolean visit) {
        String text = ctx.text();
        for (Span sentence : Sentences.shared().clauses(ctx, paragraph)) {
            if (finder.holdsNothing(text, sentence)) {
                continue; // about half of the clauses: nothing to find, told from their capitals
            }
            List<OrgMention> found = finder.find(text, sentence, MentionFinder.Mode.RULES, defined);
            OrgMention opening = bareOpening(ctx, sentence, found);
            if (found.isEmpty() && opening == null && finder.modelCannotAdd(text, sentence)) {
                continue; // most clauses name nothing: their role cues need no reading
            }
            RoleCues.InSentence cues = roles.in(sentence.of(text));
            if (opening != null) {
                // "La Secretaría convocó ...": the document's one Secretaría, when a cue gives it a role
                RoleCues.Role role = cues.role(opening.span().start() - sentence.start(), opening.span().end() - sentence.start());
                String name = role == null || !role.cued() ? null : ofActivity(role.name(), visit);
                if (name != null) {
                    keep(byOrg, opening, name, false); // "Secretaría" alone is no name of it
                }
            }
            // model suggestions count only where a role cue reaches, so the model reads only sentences
            // with a word it could add there (none when the sentence has no active cue)
            List<Span> cued = new ArrayList<>(2);
            for (Span s : cues.cuedStretches()) {
                cued.add(new Span(sentence.start() + s.start(), sentence.start() + s.end()));
            }
            OrgMention previous = null;
            RoleCues.Role previousRole = null;
            for (OrgMention m : folded(text, finder.withModel(text, sentence, found, cued))) {
                // "With support from the Inter-American Development Bank (IDB), the Ministry trained ...": an
                // acronym in parentheses plays its name's role; read on its own, the verb after it was nearer
                RoleCues.Role role = previous != null && MentionFinder.parenthesized(text, previous, m) ? previousRole
                        : cues.role(m.span().start() - sentence.start(), m.span().end() - sentence.start());
                previous = m;
                previousRole = role;
                // a name only the model knows, or an undefined acronym, needs an explicit role cue:
                // capitalized topics, people and technical abbreviations are their usual errors
                String name = role == null ? null : ofActivity(role.name(), visit);
                if (name != null && (role.cued() || !m.source().tentative() && !namesProgramme(m))) {
                    keep(byOrg, m, name);
                }
            }
        }
    }

    /**
     * "The Blue Economy Initiative and Project COAST were presented as examples": a name the rules read whose
     * last word is a programme's (programme-words.txt) is a programme more often than a body, so like the
     * model's names it needs a role cue ("funded by the Democratic Governance Facility" still counts).
     */
    private static boolean namesProgramme(OrgMention m) {
        if (m.source() != OrgMention.Source.RULE) {
            return false;
        }
        int last = m.name().lastIndexOf(' ');
        return last > 0 && PROGRAMME_WORDS.contains(m.name().substring(last + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> PROGRAMME_WORDS = lowerCased("programme-words.txt");

    /**
     * "3.3 National youth parliament" over "the initiative supported the National Youth Parliament": an
     * activity titled by the name of a body that sits (sitting-bodies.txt) is its sitting, no partner.
     */
    private static void dropSitting(String title, Map<String, PartnerValue> byOrg) {
        String t = LEADING_NUMBER.matcher(Names.key(title)).replaceFirst("");
        byOrg.values().removeIf(p -> {
            int last = p.name().lastIndexOf(' ');
            return last > 0 && SITTING_BODIES.contains(p.name().substring(last + 1)) && Names.key(p.name()).equals(t);
        });
    }

    /**
     * "Venue: Tofo" over "visited the Tofo community reserve": a name the activity gives as a place
     * label's value (one of its comma parts) is that place, unless an organization's head word says
     * otherwise ("Venue: Ministry of Health, Accra" can host).
     */
    private void dropPlaces(String text, Section section, Map<String, PartnerValue> byOrg) {
        if (byOrg.isEmpty()) {
            return;
        }
        Set<String> places = new HashSet<>();
        for (Labeled l : section.labels()) {
            if (l.key().equals("place")) {
                for (String part : l.value().of(text).split("[,;\\n]")) {
                    places.add(Names.key(part.strip()));
                }
            }
        }
        if (!places.isEmpty()) {
            byOrg.values().removeIf(p -> places.contains(Names.key(p.name()))
                    && Words.of(p.name()).stream().noneMatch(w -> lex.head(w.raw()) != null));
        }
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^[\\d ]+");
    private static final Set<String> SITTING_BODIES = Set.copyOf(Resources.lines("sitting-bodies.txt"));

    /**
     * The organization a clause opening on a bare head word names ("La Secretaría convocó"; see
     * {@link BareReferences}), as a mention of the head word, or null.
     */
    private OrgMention bareOpening(DocumentContext ctx, Span clause, List<OrgMention> found) {
        String text = ctx.text();
        Span head = bare.openingHead(text, clause);
        if (head == null || found.stream().anyMatch(m -> m.span().overlaps(head))) {
            return null;
        }
        String word = head.of(text);
        OrgMention named = ctx.<java.util.Optional<OrgMention>>memo("org.bare." + word,
                () -> java.util.Optional.ofNullable(bare.resolve(text, word))).orElse(null);
        return named == null ? null : new OrgMention(head, word, named.name(), named.acronym(), OrgMention.Source.RULE);
    }

    /**
     * A "Partners:"/"Organized by:" value is a list of organizations: besides the names found in it,
     * each item of a ';'-separated list (else a list by commas and "and") that none of them covers counts
     * as an organization as written ("Radio Pa'i Puku; Governorate of Boquerón", "WaterAid, Ministry of Health").
     */
    private List<OrgMention> labelled(String text, Span value, Function<String, OrgMention> defined) {
        List<OrgMention> found = new ArrayList<>(mentions(text, value, MentionFinder.Mode.FULL, defined));
        boolean semicolons = text.indexOf(';', value.start()) >= 0 && text.indexOf(';', value.start()) < value.end();
        Matcher item = (semicolons ? LIST_ITEM : COMMA_ITEM).matcher(text).region(value.start(), value.end());
        while (item.find()) {
            Span s = new Span(item.start(1), item.end(1));
            String name = item.group(1);
            List<OrgMention> inside = found.stream().filter(m -> m.span().overlaps(s)).toList();
            // the item as a whole beats a model guess at part of it ("Radio Pa" of "Radio Pa'i Puku")
            if (inside.stream().allMatch(m -> m.source() == OrgMention.Source.MODEL)
                    && Character.isUpperCase(name.charAt(0)) && !finder.isGeneric(name) && (semicolons || !finder.isPlace(name))) {
                found.removeAll(inside);
                String acronym = item.group(2) != null && MentionFinder.isAcronym(item.group(2)) ? item.group(2) : null;
                if (acronym != null) {
                    // "Action contre la Faim (ACF)": the acronym is the item's, no partner of its own
                    Span paren = new Span(item.start(2), item.end(2));
                    found.removeIf(m -> paren.contains(m.span()));
                }
                found.add(new OrgMention(s, name, Names.clean(name), acronym, OrgMention.Source.RULE));
            }
        }
        found.sort(OrgMention.BY_SPAN);
        return found;
    }

    /** Mentions in a stretch, with a name in parentheses after another ("CIM (Inter-American ...)") folded into it. */
    private List<OrgMention> mentions(String text, Span region, MentionFinder.Mode mode, Function<String, OrgMention> defined) {
        return folded(text, finder.find(text, region, mode, defined));
    }

    /** Mentions as found, with a name in parentheses after another folded into it (see {@link #mentions}). */
    private static List<OrgMention> folded(String text, List<OrgMention> found) {
        List<OrgMention> ms = new ArrayList<>(found);
        for (int i = 1; i < ms.size(); i++) {
            OrgMention a = ms.get(i - 1);
            OrgMention b = ms.get(i);
            if (MentionFinder.parenthesized(text, a, b)) {
                boolean aFull = a.source() != OrgMention.Source.RULE || !MentionFinder.isAcronym(a.text());
                OrgMention full = aFull ? a : b;
                OrgMention shortForm = aFull ? b : a;
                String acronym = MentionFinder.isAcronym(shortForm.text()) ? MentionFinder.base(shortForm.text()) : full.acronym();
                ms.set(i - 1, new OrgMention(a.span(), a.text(), full.name(), acronym, a.source()));
                ms.set(i, new OrgMention(b.span(), b.text(), full.name(), acronym, b.source()));
            }
        }
        return ms;
    }

    /** Keeps a mention: a new partner, or a stronger role, an acronym or a written form for one kept. */
    private static void keep(Map<String, PartnerValue> byOrg, OrgMention m, String role) {
        keep(byOrg, m, role, true);
    }

    /** @param named whether the mention's text names the organization (it is then one of its written forms) */
    private static void keep(Map<String, PartnerValue> byOrg, OrgMention m, String role, boolean named) {
        String key = m.key();
        PartnerValue old = byOrg.get(key);
        String written = m.text().strip();
        if (written.indexOf('\n') >= 0 || written.indexOf('\t') >= 0 || written.contains("  ")) {
            written = SPACES.matcher(written).replaceAll(" ");
        }
        if (old == null) {
            byOrg.put(key, new PartnerValue(m.name(), m.acronym(), role, m.text(), m.span(), named ? List.of(written) : List.of()));
            return;
        }
        String best = ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(old.role()) ? role : old.role();
        String acronym = old.acronym() != null ? old.acronym() : m.acronym();
        List<String> forms = old.aliases();
        if (named && !forms.contains(written)) {
            forms = new ArrayList<>(forms);
            forms.add(written);
        }
        if (!best.equals(old.role()) || !Objects.equals(acronym, old.acronym()) || forms != old.aliases()) {
            byOrg.put(key, new PartnerValue(old.name(), acronym, best, old.text(), old.span(), forms));
        }
    }
}

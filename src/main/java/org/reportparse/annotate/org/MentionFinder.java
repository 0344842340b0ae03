package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.WordStartPatterns;

/**
 * Finds organization mentions in a stretch of text by merging, in order of trust: registry names,
 * acronyms (defined in the document or unknown), pattern rules, named appositions ("the project X")
 * and the trained model's suggestions.
 */
final class MentionFinder {
    private static final Pattern SUFFIX = Pattern.compile(
            "\\G(?:-(\\p{Lu}[\\p{L}]+)| ([A-Z]{2,6})\\b| (\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?))");
    /** A branch's qualifier after a registry name, then its own acronym in parentheses: "-Caribbean (GWP-C)". */
    private static final Pattern BRANCH = Pattern.compile(
            "[- ](\\p{Lu}\\p{L}+(?: (?:and |of |de |del )?\\p{Lu}\\p{L}+){0,4})\\s*\\(([A-Z]{2,8}[- ]?[A-Za-z]{1,6})\\)");
    private static final Pattern FOLDED_HEAD = Pattern.compile(
            "(?i)^(?:the )?(?:(?:executive |general |technical |permanent )?(?:secretariat|secretar[ií]a(?: general| t[ée]cnica| ejecutiva)?)"
                    + "|general assembly|asamblea general|permanent council|consejo permanente) (?:of|de|del)\\b");
    private static final Pattern APPOSITION = Pattern.compile(
            "\\b(?:the |la |el )?(?:project|organi[sz]ation|NGO|network|initiative|proyecto|organización|ONG|red)"
                    + " (?:[\"“](\\p{Lu}[^\"”\\n]{1,60}?)[\"”]"
                    + "|[\"“]?(\\p{Lu}[\\p{L}\\-]+(?: (?:de |del |la |las |los |y |of |for |and )?\\p{Lu}[\\p{L}\\-]+){0,5})[\"”]?)");
    private static final Pattern TITLE_TAIL = Pattern.compile(
            "(?:\\b(?:\\p{Lu}[\\p{L}\\-]*|of|on|for|and|the|de|del|la|sobre|y)\\s+)+$");
    private static final Pattern TITLE_WORDS = Pattern.compile("\\s+((?:\\p{Lu}[\\p{L}\\-]*\\s+){0,3}\\p{Lu}\\p{L}+)\\b");
    private static final Pattern CAPS_BEFORE = Pattern.compile("[A-Z]{2,}\\s+$");
    private static final Pattern CAPS_AFTER = Pattern.compile("\\s+[A-Z]{2,}\\b");
    private static final Pattern CONJUNCTION = Pattern.compile("\\s+(?:and|y|e|&)\\s");
    /** "the ABA's ", "the University of the West Indies' ": a possessive right before. */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:[’']s|s[’'])\\s+$");
    // compiled once: String.matches/split would compile these on every call
    /**
     * Up to five capitalized words, joined by spaces, by "of"/"de"/"for"/"del" and an article ("Light for
     * the World", "Fundación Pies Descalzos") or by "&" ("Johnson & Johnson").
     */
    private static final Pattern CUE_OBJECT = Pattern.compile("\\s*(?:(?:the|el|la|los|las)\\s+)?"
            + "(\\p{Lu}[\\p{L}\\d&'’-]*(?:\\s+(?:(?:of|de|for|del)\\s+(?:(?:the|la|las|los)\\s+)?|(?:la|the|&)\\s+)?"
            + "\\p{Lu}[\\p{L}\\d&'’-]*){0,4})(?![\\p{L}\\d])");
    private static final Pattern PAREN_GAP = Pattern.compile("[\\s\"“”’]*\\(\\s*");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|\\by\\b)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Registry registry;
    private final RuleFinder rules;
    private final Lexicon lex;
    private final OrgModel model;
    private final Predicate<String> placeName;
    private final NationalMembers nationalMembers;
    private final Pattern personBefore;
    private static final Pattern GOVERNMENTS = Pattern.compile("\\b(?:[Gg]overnments?|[Gg]obiernos?) (?:of|de|del)(?: the| los| las)? ");
    /**
     * "funded by Norway", "con el apoyo financiero de Noruega": a country that funds is its government
     * (only after funding words: "support from Kenya" may be the country's people or its place).
     */
    private static final Pattern FUNDED_BY = Pattern.compile("\\b(?:(?:co-?)?(?:funded|financed|sponsored) by"
            + "|(?:funding|financing|financial support|grants?|contributions?) from"
            + "|(?:co)?financiad[oa]s? por|(?:apoyo|aporte|respaldo) financiero de|(?:financiamiento|financiación|fondos) de)"
            + "(?: the| el| la| los)? ", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Appositions, governments and funding countries, searched in one pass over the words (see {@link WordStartPatterns}). */
    private static final WordStartPatterns NAMED = WordStartPatterns.of(List.of(APPOSITION, GOVERNMENTS, FUNDED_BY));
    private final Pattern countryList;
    /** Every country name starts with a capital (then a government names one only where a capital stands). */
    private final boolean countriesCapitalized;

    MentionFinder(Registry registry, Lexicon lex, OrgModel model, Predicate<String> placeName) {
        this.placeName = placeName;
        this.nationalMembers = new NationalMembers(lex, placeName);
        this.registry = registry;
        this.rules = new RuleFinder(lex);
        this.lex = lex;
        this.model = model;
        String cues = String.join("|", Resources.lines("person-cues.txt").stream().map(Pattern::quote).toList());
        String names = lex.countryNames.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        this.countriesCapitalized = lex.countryNames.keySet().stream()
                .allMatch(c -> !c.isEmpty() && Character.isUpperCase(c.charAt(0)));
        this.countryList = Pattern.compile("(?:,\\s*|\\s+(?:and|y|e)\\s+)?(" + names + ")\\b");
        this.personBefore = Pattern.compile("(?:^|\\s)(?:" + cues + ")\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,4}(?:(?:and|y|,)\\s+)?$");
    }

    /** For a stretch read before any acronym is known. */
    static final Function<String, OrgMention> NO_DEFINITIONS = acronym -> null;

    /** How much of the machinery to apply to a stretch of text. */
    enum Mode {
        /** Titles and date/place lines: registry names and acronyms only. */
        STRUCTURAL,
        /** Everything but the model (used to read acronym definitions across the whole document). */
        RULES,
        FULL
    }

    /** @param defined acronyms the document defines, from {@link #definitions} */
    List<OrgMention> find(String text, Span region, Mode mode, Function<String, OrgMention> defined) {
        return find(text, region, mode, defined, List.of(region));
    }

    /**
     * @param modelStretches where in the region a name only the model finds can count (wholly inside
     *                       one of them; the caller drops the others): the model is skipped when
     *                       these hold no word it could add
     */
    List<OrgMention> find(String text, Span region, Mode mode, Function<String, OrgMention> defined,
                          List<Span> modelStretches) {
        List<OrgMention> out = new ArrayList<>();
        List<Words.Word> words = Words.of(text, region.start(), region.end());
        List<Registry.Hit> hits = registry.find(words);
        for (int k = 0; k < hits.size(); k++) {
            Registry.Hit h = hits.get(k);
            int nextHit = k + 1 < hits.size() ? hits.get(k + 1).span().start() : Integer.MAX_VALUE;
            if (!out.isEmpty() && out.get(out.size() - 1).span().contains(h.span())) {
                continue; // the acronym inside a branch's "(GWP-CAM)"
            }
            OrgMention own = defined.apply(h.span().of(text));
            if (own != null && !Names.key(own.name()).equals(Names.key(h.entry().name()))) {
                // the document defines this acronym its own way ("EC" for its Electoral Commission)
                out.add(new OrgMention(h.span(), h.span().of(text), own.name(), own.acronym(), OrgMention.Source.DEFINED));
            } else if (!startsDocumentTitle(text, region, h.span())) {
                Span member = nationalMembers.around(text, words, h.span());
                if (member != null && !overlapsAny(out, member)) {
                    // "Fiji Red Cross Society": a national member, an organization of its own
                    String name = SPACES.matcher(member.of(text)).replaceAll(" ");
                    out.add(new OrgMention(member, member.of(text), name, null, OrgMention.Source.REGISTRY));
                } else {
                    out.add(withSuffix(text, region, h, nextHit));
                }
            }
        }
        for (Span s : CapsRuns.in(text, region.start(), region.end())) {
            if (!overlapsAny(out, s)) {
                OrgMention m = acronym(text, s, defined);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        if (mode != Mode.STRUCTURAL) {
            List<Span> spelled = addSpelledOut(text, region, out);
            addRules(text, region, words, out, spelled);
            addChapters(text, words, out);
            addOwnedProgrammes(text, region, out);
            // an apposition's name and a government's country start with a capital after the region's
            // first letter: most clauses have none
            if (!countriesCapitalized || capitalAfterStart(text, region)) {
                List<List<MatchResult>> named = NAMED.findAll(text, region.start(), region.end());
                addAppositions(named.get(0), out);
                addGovernments(text, region, named.get(1), out);
                addGovernments(text, region, named.get(2), out);
            }
        }
        if (mode == Mode.FULL) {
            addModel(text, region, modelStretches, out);
        }
        out.sort(OrgMention.BY_SPAN);
        AcrossComma.join(text, out);
        dropPossessors(text, out);
        foldUnitsIntoUniversities(text, out);
        return out;
    }

    /**
     * "UNESCO's IOC", "the OAS's CIM": an organization named as another's is the one that acts; the
     * possessor only says whose body it is. (A unit the rules find after a possessive is dropped in
     * favour of its possessor instead: "the ABA's Latin America Council", see addRules.)
     */
    private static void dropPossessors(String text, List<OrgMention> ms) {
        for (int i = ms.size() - 2; i >= 0; i--) {
            int end = ms.get(i).span().end();
            int next = ms.get(i + 1).span().start();
            if (next - end >= 2 && next - end <= 4 && POSSESSIVE_GAP.matcher(text).region(end - 1, next).matches()) {
                ms.remove(i);
            }
        }
    }

    /**
     * "Department of Sociology, University of Ghana": a university's unit, a comma, then the university
     * are one mention of the university, written as the whole.
     */
    private static void foldUnitsIntoUniversities(String text, List<OrgMention> ms) {
        for (int i = ms.size() - 2; i >= 0; i--) {
            OrgMention unit = ms.get(i);
            OrgMention uni = ms.get(i + 1);
            int space = unit.text().indexOf(' ');
            if (space > 0 && UNIT_HEADS.contains(unit.text().substring(0, space)) && UNIVERSITY.matcher(uni.name()).find()
                    && UNIT_GAP.matcher(text).region(unit.span().end(), uni.span().start()).matches()) {
                Span whole = new Span(unit.span().start(), uni.span().end());
                ms.set(i, new OrgMention(whole, whole.of(text), uni.name(), uni.acronym(), uni.source()));
                ms.remove(i + 1);
            }
        }
    }

    private static final Set<String> UNIT_HEADS = Set.copyOf(Resources.lines("unit-heads.txt"));
    private static final Pattern UNIVERSITY = Pattern.compile("(?i)\\buniversi");
    private static final Pattern UNIT_GAP = Pattern.compile("(?i),\\s+(?:the\\s+|la\\s+)?");

    /**
     * "USAID's Feed the Future programme provided ...": words in capitals (connectors between them)
     * after an organization's possessive and before a programme noun written small (programme-words.txt)
     * name the organization's programme, which acts; dropPossessors then leaves out the possessor.
     */
    private static void addOwnedProgrammes(String text, Span region, List<OrgMention> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            int end = out.get(i).span().end();
            if (end + 3 >= region.end() || text.charAt(end) != '’' && text.charAt(end) != '\'') {
                continue; // nearly every name: no possessive after it
            }
            Matcher m = POSSESSIVE_GAP.matcher(text).region(end - 1, Math.min(region.end(), end + 3));
            if (!m.lookingAt()) {
                continue;
            }
            List<Words.Word> ws = Words.of(text, m.end(), Math.min(region.end(), m.end() + 80));
            int last = -1;
            for (int k = 0; k < ws.size() && k < 7; k++) {
                String w = ws.get(k).raw();
                if (Character.isUpperCase(w.charAt(0))) {
                    last = k;
                } else if (last >= 0 && PROGRAMME_WORDS.contains(w) && ws.get(k - 1).end() + 1 == ws.get(k).start()) {
                    Span s = new Span(m.end(), ws.get(last).end());
                    if (!overlapsAny(out, s) && last == k - 1) {
                        out.add(new OrgMention(s, s.of(text), s.of(text), null, OrgMention.Source.RULE));
                    }
                    break;
                } else if (!PROGRAMME_CONNECTORS.contains(w)) {
                    break;
                }
            }
        }
    }

    private static final Set<String> PROGRAMME_WORDS = Set.copyOf(Resources.lines("programme-words.txt"));
    private static final Set<String> PROGRAMME_CONNECTORS = Set.of("the", "for", "of", "and", "in", "on", "to");

    /** From a possessor's last letter to the next name: "O's ", "s' " ("the United Nations' ..."). */
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("(?:\\p{L}[’']s|s[’'])\\s");

    /**
     * "Pacific Islands Forum Secretariat (PIFS)": the capitalized words right before an unknown
     * acronym in parentheses whose initials spell it are its name, whatever the rules make of them
     * (here "Forum" reads as an event; "UNESCO's Intergovernmental Oceanographic Commission (IOC)"
     * would fold into UNESCO). Connectors ("of", "the", "de") carry no letter.
     */
    private List<Span> addSpelledOut(String text, Span region, List<OrgMention> out) {
        List<Span> added = new ArrayList<>(0);
        for (int k = out.size() - 1; k >= 0; k--) {
            OrgMention acr = out.get(k);
            // an acronym defined elsewhere in the document is spelled out here too
            boolean bare = acr.source() == OrgMention.Source.UNKNOWN_ACRONYM
                    || acr.source() == OrgMention.Source.DEFINED && acr.text().equals(acr.acronym());
            if (!bare) {
                continue;
            }
            Span name = spelledOut(text, region, acr);
            name = name != null ? name : spelledOutSkipping(text, region, acr);
            if (name != null && !overlapsAny(out, name)) {
                String written = SPACES.matcher(name.of(text)).replaceAll(" ");
                out.add(new OrgMention(name, name.of(text), written, null, OrgMention.Source.RULE));
                added.add(name);
            }
        }
        return added;
    }

    private static Span spelledOut(String text, Span region, OrgMention acr) {
        int open = acr.span().start() - 1;
        if (open <= region.start() || text.charAt(open) != '(' || acr.span().end() >= region.end()
                || text.charAt(acr.span().end()) != ')') {
            return null;
        }
        String letters = acr.text();
        int end = open;
        while (end > region.start() && text.charAt(end - 1) == ' ') {
            end--;
        }
        int i = letters.length() - 1;
        int pos = end;
        int start = -1;
        while (i >= 0) {
            int ws = pos;
            while (ws > region.start() && !Character.isWhitespace(text.charAt(ws - 1))) {
                ws--;
            }
            String w = text.substring(ws, pos);
            if (w.isEmpty() || !INITIALS_WORD.matcher(w).matches()) {
                return null;
            }
            if (INITIALS_SKIP.contains(w)) {
                if (start < 0) {
                    return null; // a name does not end in a connector
                }
            } else if (w.charAt(0) == letters.charAt(i) || INITIALS_SPELLED.contains(w) && Character.toUpperCase(w.charAt(0)) == letters.charAt(i)) {
                i--;
                start = ws;
            } else {
                return null;
            }
            pos = ws;
            while (pos > region.start() && (text.charAt(pos - 1) == ' ' || text.charAt(pos - 1) == '\n')) {
                pos--;
            }
            if (pos == ws && i >= 0) {
                return null; // the region starts here
            }
        }
        return new Span(start, end);
    }

    /**
     * "Public Procurement and Disposal of Public Assets Authority (PPDA)": an acronym may leave out a
     * few words of its name. The capitalized words (and connectors) before the parenthesis, from the
     * word nearest it that opens on the acronym's first letter, are its name when the acronym's letters
     * are their initials in order, the last word giving the last letter, with at most two left out.
     * Read only when {@link #spelledOut} finds no name.
     */
    private Span spelledOutSkipping(String text, Span region, OrgMention acr) {
        int open = acr.span().start() - 1;
        String letters = acr.text();
        if (letters.length() < 3 || open <= region.start() || text.charAt(open) != '(' || acr.span().end() >= region.end()
                || text.charAt(acr.span().end()) != ')') {
            return null;
        }
        List<Words.Word> run = new ArrayList<>(); // the words before the parenthesis, last first
        List<Words.Word> before = Words.of(text, Math.max(region.start(), open - 200), open);
        for (int b = before.size() - 1; b >= 0; b--) {
            Words.Word w = before.get(b);
            boolean connector = INITIALS_SKIP.contains(w.raw());
            boolean joined = run.isEmpty() ? TO_PAREN.matcher(text).region(w.end(), open + 1).matches()
                    : SPACES.matcher(text).region(w.end(), run.get(run.size() - 1).start()).matches();
            if (!joined || !connector && !Character.isUpperCase(w.raw().charAt(0)) || !INITIALS_WORD.matcher(w.raw()).matches()
                    || b > 0 && ARTICLES.contains(w.raw()) && CONJUNCTIONS.contains(before.get(b - 1).raw())) {
                break; // "X y el Servicio ...": a list's next name starts here
            }
            run.add(w);
        }
        // the shortest name that spells it, and one with a head word: "International Ship and Port Facility
        // Security (ISPS) Code" is a document
        for (int s = 0; s < run.size(); s++) {
            if (run.subList(0, s + 1).stream().noneMatch(w -> lex.head(w.raw()) != null)) {
                continue;
            }
            List<Character> initials = new ArrayList<>();
            for (int k = s; k >= 0; k--) {
                if (!INITIALS_SKIP.contains(run.get(k).raw())) {
                    initials.add(run.get(k).raw().charAt(0));
                }
            }
            if (initials.size() - letters.length() <= 2 && initialsSpell(initials, letters) && !INITIALS_SKIP.contains(run.get(s).raw())) {
                return new Span(run.get(s).start(), run.get(0).end());
            }
        }
        return null;
    }

    /** The letters are the initials in order, some left out, the first and the last given by the first and last initials. */
    private static boolean initialsSpell(List<Character> initials, String letters) {
        int n = initials.size();
        if (n < letters.length() || initials.get(0) != letters.charAt(0) || initials.get(n - 1) != letters.charAt(letters.length() - 1)) {
            return false;
        }
        int i = 1;
        for (int k = 1; k < n - 1 && i < letters.length() - 1; k++) {
            if (initials.get(k) == letters.charAt(i)) {
                i++;
            }
        }
        return i == letters.length() - 1;
    }

    private static final Set<String> ARTICLES = Set.of("the", "el", "la", "los", "las");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "y", "e");
    private static final Pattern TO_PAREN = Pattern.compile("\\s*\\(");

    private static final Pattern INITIALS_WORD = Pattern.compile("[\\p{L}][\\p{L}’'\\-]*");
    /** Conjunctions an acronym may spell although written small: "Bribery or Corruption (CIABOC)". */
    private static final Set<String> INITIALS_SPELLED = Set.of("or", "o");
    private static final Set<String> INITIALS_SKIP = Set.of(
            "of", "the", "for", "and", "on", "in", "a", "an", "to", "de", "del", "la", "las", "los", "el", "y", "e", "para", "al");

    /** "UN Convention against ...", "the OAS Charter": the organization names a document here. */
    private boolean startsDocumentTitle(String text, Span region, Span hit) {
        Matcher m = TITLE_WORDS.matcher(text).region(hit.end(), region.end());
        return m.lookingAt() && java.util.Arrays.stream(SPACES.split(m.group(1))).anyMatch(lex.documentWords::contains);
    }

    /** @param nextHit where the next registry name starts: "OAS CICAD" names CICAD, no office of the OAS */
    private OrgMention withSuffix(String text, Span region, Registry.Hit h, int nextHit) {
        OrgMention branch = branch(text, region, h);
        if (branch != null) {
            return branch;
        }
        String written = h.span().of(text);
        OrgMention programme = programme(text, region, h, written, nextHit);
        if (programme != null) {
            return programme;
        }
        int end = h.span().end();
        Matcher m = SUFFIX.matcher(text).region(end, region.end());
        if (m.lookingAt() && (m.group(3) == null || lex.isCountry(m.group(3))) && m.end() <= nextHit) {
            end = m.end();
        }
        Span s = new Span(h.span().start(), end);
        // an acronym keeps the form the document uses ("AECI", "OEA"); the canonical name is the registry's
        String acronym = isAcronym(written) && Words.of(written).size() == 1 ? written : h.entry().acronym();
        return new OrgMention(s, s.of(text), h.entry().name(), acronym, OrgMention.Source.REGISTRY);
    }

    /**
     * "EU CRIMARIO", "EU MASE": a funder's acronym before a word in capitals names one of its programmes,
     * which acts as an organization of its own (programme-owners.txt lists such funders; an agency's
     * "UNICEF ESARO" is its own office and folds into it).
     */
    private OrgMention programme(String text, Span region, Registry.Hit h, String written, int nextHit) {
        if (!lex.programmeOwners.contains(written)) {
            return null;
        }
        Matcher m = PROGRAMME.matcher(text).region(h.span().end(), region.end());
        if (!m.lookingAt() || m.end() > nextHit || lex.isCountry(m.group(1)) || lex.acronymStoplist.contains(m.group(1))) {
            return null;
        }
        Span s = new Span(h.span().start(), m.end());
        return new OrgMention(s, s.of(text), written + " " + m.group(1), m.group(1), OrgMention.Source.REGISTRY);
    }

    private static final Pattern PROGRAMME = Pattern.compile(" (\\p{Lu}{3,}(?:-\\p{Lu}+)?)(?![\\p{L}\\d])");

    /**
     * "Global Water Partnership Central America (GWP-CAM)": a regional branch that the document
     * names with an acronym of its own built on the registry's is kept as written, not folded into
     * the registry organization. A country office ("... Bolivia (IOM-Bolivia)") still folds.
     */
    private OrgMention branch(String text, Span region, Registry.Hit h) {
        String registryAcronym = h.entry().acronym();
        Matcher m = BRANCH.matcher(text).region(h.span().end(), region.end());
        if (registryAcronym == null || !m.lookingAt() || lex.isCountry(m.group(1))) {
            return null;
        }
        String acronym = m.group(2);
        if (acronym.length() <= registryAcronym.length() + 1 || !acronym.startsWith(registryAcronym)
                || "- ".indexOf(acronym.charAt(registryAcronym.length())) < 0) {
            return null;
        }
        // the mention takes in its acronym, so no finder reads "(GWP-CAM)" apart as another name
        Span s = new Span(h.span().start(), m.end());
        String name = SPACES.matcher(text.substring(s.start(), m.end(1))).replaceAll(" ");
        return new OrgMention(s, s.of(text), name, acronym, OrgMention.Source.DEFINED);
    }

    private OrgMention acronym(String text, Span s, Function<String, OrgMention> defined) {
        String a = s.of(text);
        OrgMention d = defined.apply(a);
        if (d != null) {
            return new OrgMention(s, a, d.name(), d.acronym(), OrgMention.Source.DEFINED);
        }
        if (a.length() < 3 || lex.acronymStoplist.contains(a) || lex.isCountry(a) || ROMAN.matcher(a).matches() || inCapsLine(text, s)
                || capsNeighbour(text, s) || (a.length() >= 6 || opensDateline(text, s)) && placeName.test(a)) {
            // a long word in capitals that names a place is a dateline's city ("WASHINGTON, D.C. —"); a
            // short one only where a dateline stands ("SUVA, Fiji (14 August 2019) –"), as "LIMA" may be a name
            return null;
        }
        return new OrgMention(s, a, a, a, OrgMention.Source.UNKNOWN_ACRONYM);
    }

    /** A line's first word, then a comma, dash or bracket: where a press release names its city. */
    private static boolean opensDateline(String text, Span s) {
        int ls = s.start() == 0 ? 0 : text.lastIndexOf('\n', s.start() - 1) + 1;
        if (!text.substring(ls, s.start()).isBlank() || s.end() >= text.length()) {
            return false;
        }
        char next = text.charAt(s.end());
        return next == ',' || next == '(' || next == ' ' && s.end() + 1 < text.length()
                && "(–—-".indexOf(text.charAt(s.end() + 1)) >= 0;
    }

    /** "TRINIDAD AND TOBAGO", "MEMBER NEWS": a phrase in capitals, not an acronym. */
    private static boolean capsNeighbour(String text, Span s) {
        return CAPS_BEFORE.matcher(text.substring(Math.max(0, s.start() - 20), s.start())).find()
                || CAPS_AFTER.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 20))).lookingAt();
    }

    /** An all-capital heading ("TRAINING FOR JUDGES") is not a row of acronyms. */
    private static boolean inCapsLine(String text, Span s) {
        int ls = text.lastIndexOf('\n', s.start() - 1) + 1;
        int le = text.indexOf('\n', s.end());
        if (s.start() - ls > 200 || le - s.end() > 200) {
            return false; // a paragraph, not a heading
        }
        String line = text.substring(ls, le < 0 ? text.length() : le);
        long words = Words.of(line).stream().filter(w -> w.raw().length() > 1).count();
        long caps = Words.of(line).stream().filter(w -> w.raw().length() > 1 && Names.isAllCaps(w.raw())).count();
        return words >= 3 && caps * 4 >= words * 3;
    }

    private void addRules(String text, Span region, List<Words.Word> words, List<OrgMention> out, List<Span> spelled) {
        for (OrgMention r : rules.find(text, region.start(), region.end(), words)) {
            Span head = beforeKnownName(text, r, spelled, out);
            if (head != null) {
                // "the Government of Norway and the Global Environment Facility (GEF)": a name its acronym
                // spells out ends a list; the words before the conjunction are read as names of their own
                addRules(text, head, Words.of(text, head.start(), head.end()), out, List.of());
                continue;
            }
            if (lex.namesVenue(r.text()) || unitAfterAcronym(text, r.span().start(), r.text())) {
                continue;
            }
            if (POSSESSIVE_BEFORE.matcher(text.substring(Math.max(0, r.span().start() - 4), r.span().start())).find()) {
                continue; // "the ABA's Latin America Council": a unit of the organization already named
            }
            // one pass over the mentions found so far (streams here cost more than the tests): those r
            // contains, whether one only overlaps it, and the first starting where r starts
            List<OrgMention> inside = new ArrayList<>(2);
            boolean partial = false;
            OrgMention first = null;
            for (OrgMention m : out) {
                if (r.span().contains(m.span())) {
                    inside.add(m);
                    first = first == null && m.span().start() == r.span().start() ? m : first;
                } else {
                    partial |= m.span().overlaps(r.span());
                }
            }
            boolean registryFirst = false;
            for (OrgMention m : inside) {
                registryFirst |= m.span().start() == r.span().start() && m.source() != OrgMention.Source.RULE;
            }
            if (registryFirst && enumeration(text, r, inside)) {
                continue;
            }
            if (registryFirst && !partial) {
                // "UNICEF Regional Office for ...": a unit of the registry organization, counted as it,
                // unless the document gives the unit an acronym of its own: "African Union Commission (AUC)"
                OrgMention m = first;
                String own = acronymAfter(text, r.span().end(), region.end());
                out.removeAll(inside);
                boolean unit = m.span().end() < r.span().end(); // words beyond the registry's name
                boolean ownAcronym = own != null && !own.equals(m.acronym()) && !base(own).equals(m.acronym());
                out.add(unit && (ownAcronym || ownBody(text, m, r))
                        ? new OrgMention(r.span(), r.text(), r.name(), ownAcronym ? own : null, OrgMention.Source.RULE)
                        : new OrgMention(r.span(), r.text(), m.name(), m.acronym(), m.source()));
                continue;
            }
            if (partial || !inside.isEmpty() && FOLDED_HEAD.matcher(r.text()).find()) {
                continue;
            }
            if (inside.size() == 1 && unitOf(text, r, inside.get(0))) {
                OrgMention m = inside.get(0);
                out.remove(m);
                out.add(new OrgMention(r.span(), r.text(), m.name(), m.acronym(), m.source()));
                continue;
            }
            out.removeAll(inside);
            out.add(r);
        }
    }

    /**
     * "United Nations Information Centre", "BRAC University", "UN Joint Programme on ...": after a registry
     * name, words of its own up to a head word of a body (heads.tsv, flag "own") name another body; with a
     * unit or place word among them ("UNDP Regional Centre", "SEI Africa Centre") it is the registry
     * organization's unit, and so is any other head ("UNICEF Country Office", "CARICOM Secretariat").
     */
    private boolean ownBody(String text, OrgMention registryName, OrgMention r) {
        if (registryName.source() != OrgMention.Source.REGISTRY) {
            return false; // "HEART Trust": an acronym the registry does not know, and its head
        }
        boolean own = false; // "BRAC University" may be BRAC's name as well: a word of its own is needed
        for (Words.Word w : Words.of(text, registryName.span().end(), r.span().end())) {
            Lexicon.Head head = lex.head(w.raw());
            if (head != null) {
                return own && head.ownBody();
            }
            own = true;
            if (lex.unitQualifiers.contains(w.raw()) || lex.placeAdjectives.contains(w.raw()) || lex.isCountry(w.raw())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Oficina Regional del ACNUR", "the Country Office of UNICEF": a head word and unit or place words
     * (unit-qualifiers.txt), at least one, then "of"/"de" and a registry name ending r, or its place: the registry
     * organization's unit, counted as it (as "UNICEF Regional Office" is).
     */
    private boolean unitOf(String text, OrgMention r, OrgMention m) {
        if (m.source() != OrgMention.Source.REGISTRY || m.span().start() <= r.span().start()
                || m.span().end() != r.span().end() && !UNIT_PLACE.matcher(text).region(m.span().end(), r.span().end()).lookingAt()) {
            return false;
        }
        List<Words.Word> ws = Words.of(text, r.span().start(), m.span().start());
        int n = ws.size();
        while (n > 0 && OF_ARTICLES.contains(ws.get(n - 1).raw().toLowerCase(Locale.ROOT))) {
            n--;
        }
        if (n == ws.size() || n < 2) {
            return false;
        }
        int heads = 0;
        for (int i = 0; i < n; i++) {
            String w = ws.get(i).raw();
            if (lex.head(w) != null) {
                heads++;
            } else if (!lex.unitQualifiers.contains(w) && !lex.placeAdjectives.contains(w) && !lex.isCountry(w)) {
                return false;
            }
        }
        return heads == 1;
    }

    /** A unit's place after its organization's name: "of UNICEF in Accra". */
    private static final Pattern UNIT_PLACE = Pattern.compile("\\s+(?:in|en|at)\\s");

    /** What may stand between a unit's words and its organization's name: "of the", "del", "de la". */
    private static final Set<String> OF_ARTICLES = Set.of("of", "the", "de", "del", "la", "el");

    /**
     * "Stockholm Environment Institute (SEI) Africa Centre": a unit of the organization whose acronym in
     * parentheses it follows, named by a place or unit word (unit-qualifiers.txt) and a head word only.
     */
    private boolean unitAfterAcronym(String text, int s, String name) {
        if (s < 2 || text.charAt(s - 1) != ' ' || text.charAt(s - 2) != ')') {
            return false;
        }
        List<Words.Word> ws = Words.of(name);
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i).raw();
            if (lex.head(w) != null) {
                return i > 0 && i == ws.size() - 1;
            }
            if (!lex.unitQualifiers.contains(w) && !lex.placeAdjectives.contains(w) && !lex.isCountry(w)) {
                return false;
            }
        }
        return false;
    }

    /** The mentions inside r are a list ("UNDP and UNICEF"): more than one, or one followed by a conjunction. */
    private static boolean enumeration(String text, OrgMention r, List<OrgMention> inside) {
        if (inside.size() > 1) {
            return true;
        }
        for (OrgMention m : inside) {
            int end = m.span().end();
            if (CONJUNCTION.matcher(text.substring(end, Math.min(r.span().end(), end + 5))).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where r's words before a name known to end it end, when a conjunction joins the two ("X and the
     * Global Environment Facility (GEF)"): a name its acronym spells out, or a registry name written in
     * full; null when r ends in no such name.
     */
    private static Span beforeKnownName(String text, OrgMention r, List<Span> spelled, List<OrgMention> found) {
        Span known = null;
        for (Span s : spelled) {
            known = s.end() == r.span().end() && s.start() > r.span().start() ? s : known;
        }
        for (OrgMention m : found) {
            boolean full = m.source() == OrgMention.Source.REGISTRY && !m.text().equals(m.acronym());
            known = full && m.span().end() == r.span().end() && m.span().start() > r.span().start() ? m.span() : known;
        }
        if (known == null) {
            return null;
        }
        Matcher c = CONJUNCTION_BEFORE.matcher(text).region(r.span().start(), known.start());
        if (c.find()) {
            return new Span(r.span().start(), c.start());
        }
        // a list with a name a line ("Department of Sustainable Development" / "United Nations Development Programme
        // (UNDP)"): the known name opens its line, and the line before ends on a word of a name, no connector a name
        // wrapped at the line's end goes on after ("Regional Office of the" / "United Nations ...")
        Matcher b = LINE_BREAK_BEFORE.matcher(text).region(r.span().start(), known.start());
        return b.find() && !WRAPS_ON.contains(b.group(1)) ? new Span(r.span().start(), b.end(1)) : null;
    }

    private static final Pattern LINE_BREAK_BEFORE = Pattern.compile("([\\p{L}.]+)[ \\t]*\\n\\s*$");
    private static final Set<String> WRAPS_ON = Set.of("of", "the", "for", "and", "on", "in", "to", "de", "del", "la", "el",
            "los", "las", "y", "e", "para", "en");

    private static final Pattern CONJUNCTION_BEFORE = Pattern.compile(
            "\\s+(?:and|y|e|&)(?:\\s+(?:the|el|la|los|las))?\\s+$");

    /**
     * "the governments of Canada and Spain", "los gobiernos de Noruega y Suecia", "funded by Norway and
     * Sweden": each country listed after the words is its government; not a country that qualifies a
     * longer name ("funded by Norway's Agency").
     */
    private void addGovernments(String text, Span region, List<MatchResult> governments, List<OrgMention> out) {
        for (MatchResult m : governments) {
            Matcher c = countryList.matcher(text).region(m.end(), region.end());
            while (c.lookingAt()) {
                Span s = new Span(c.start(1), c.end(1));
                if (!NAME_GOES_ON.matcher(text).region(s.end(), region.end()).lookingAt() && !overlapsAny(out, s)) {
                    out.add(new OrgMention(s, s.of(text), "Government of " + lex.countryNames.get(c.group(1)), null,
                            OrgMention.Source.RULE));
                }
                c.region(c.end(), region.end());
            }
        }
    }

    /** A possessive or a capitalized word after a country: it qualifies a longer name. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("(?:[’']s?\\b| \\p{Lu})");

    private void addAppositions(List<MatchResult> appositions, List<OrgMention> out) {
        for (MatchResult m : appositions) {
            int g = m.group(1) != null ? 1 : 2; // a name in quotes is read whole: the project "Salud en los Andes"
            Span s = new Span(m.start(g), m.end(g));
            if (!overlapsAny(out, s) && !lex.genericKeys.contains(Names.key(m.group(g)))) {
                out.add(new OrgMention(s, m.group(g), m.group(g), null, OrgMention.Source.RULE));
            }
        }
    }

    private void addModel(String text, Span region, List<Span> stretches, List<OrgMention> out) {
        if (model == null || !modelCanAdd(text, stretches, out)) {
            return;
        }
        for (Span s : model.find(text, region.start(), region.end())) {
            addUnlessVetoed(text, region, s, out, false);
        }
        // "in collaboration with Sightsavers", "hosted by Digicel": a capitalized name right after a cue
        // that precedes its organization, which the model did not mark, passes the same vetoes
        for (Span stretch : stretches) {
            Span subject = stretch.start() == region.start() && stretch.end() < region.end() ? cueSubject(text, stretch) : null;
            if (subject != null) {
                addWhole(text, region, subject, out, false);
            }
            Span object = stretch.start() > region.start() ? cueObject(text, stretch) : null;
            if (object != null) {
                // "joined forces with Open Data Charter": a document takes an article ("the OAS Charter"),
                // so a name with none right after a cue is an organization named after one
                boolean bare = Words.nextWordChar(text, stretch.start(), object.end()) == object.start();
                addWhole(text, region, object, out, bare);
                addListedAfter(text, region, object, out);
            }
        }
    }

    /**
     * "funded by the Embassy of Sweden and Hivos", "BRAC as well as Practical Action", "Comfama y
     * Proantioquia": the names listed after the name a cue opens on play its role too; one the model
     * did not mark passes the same vetoes. The list ends at the first item that is no name.
     */
    private void addListedAfter(String text, Span region, Span first, List<OrgMention> out) {
        OrgMention current = mentionAt(out, first.start());
        while (current != null) {
            Matcher join = LIST_JOIN.matcher(text).region(current.span().end(), region.end());
            if (!join.lookingAt()) {
                return;
            }
            OrgMention next = mentionAt(out, join.end());
            if (next == null) {
                Matcher m = CUE_OBJECT.matcher(text).region(join.end(), region.end());
                Span item = m.lookingAt() && m.start(1) == join.end()
                        && LIST_ITEM_END.matcher(text).region(m.end(1), region.end()).lookingAt() ? new Span(m.start(1), m.end(1)) : null;
                if (item != null && addWhole(text, region, item, out, false)) {
                    next = out.get(out.size() - 1);
                }
            }
            current = next;
        }
    }

    /**
     * What may follow a name in a list: a mark, the end, or a word that starts no noun phrase of the
     * name's own ("UNDP and Kenya Police officers" names officers, attendees).
     */
    private static final Pattern LIST_ITEM_END = Pattern.compile("\\s*(?:$|[.,;:()]|(?:and|y|e|as|in|at|on|for|with|through|to|from|under"
            + "|de|en|para|con|por|who|which|que|is|are|was|were|has|have|provided|supported|funded|financed|sponsored|organi[sz]ed"
            + "|hosted|also|both)\\b)");

    /**
     * Adds the name at s unless vetoed; the whole name beats the model's guess at its start ("Light" of
     * "Light for the World"), which stays when the name is vetoed. Whether the name was added.
     */
    private boolean addWhole(String text, Span region, Span s, List<OrgMention> out, boolean documentWordsAllowed) {
        List<OrgMention> guesses = modelPrefixes(out, s);
        out.removeAll(guesses);
        int before = out.size();
        addUnlessVetoed(text, region, s, out, documentWordsAllowed);
        if (out.size() == before) {
            out.addAll(guesses);
            return false;
        }
        return true;
    }

    /** The mention starting at pos, or null. */
    private static OrgMention mentionAt(List<OrgMention> out, int pos) {
        for (OrgMention m : out) {
            if (m.span().start() == pos) {
                return m;
            }
        }
        return null;
    }

    /**
     * Between two items of a list of names, an article after the conjunction included ("&" joins the
     * words of one name: "Wageningen University & Research").
     */
    private static final Pattern LIST_JOIN = Pattern.compile(
            "(?:,?\\s+(?:and|y|e|as well as|así como)|,)\\s+(?:(?:the|el|la|los|las)\\s+)?");

    /** "INVEST" of "AL-INVEST": a name joined by a hyphen to a word outside it is part of a longer one. */
    private static boolean hyphenJoined(String text, Span s) {
        return s.start() >= 2 && text.charAt(s.start() - 1) == '-' && Character.isLetterOrDigit(text.charAt(s.start() - 2))
                || s.end() + 1 < text.length() && text.charAt(s.end()) == '-' && Character.isLetterOrDigit(text.charAt(s.end() + 1));
    }

    /** The model's names inside s that start where s starts, when no other mention overlaps s. */
    private static List<OrgMention> modelPrefixes(List<OrgMention> out, Span s) {
        List<OrgMention> guesses = new ArrayList<>(1);
        for (OrgMention m : out) {
            if (m.span().overlaps(s)) {
                if (m.source() != OrgMention.Source.MODEL || !s.contains(m.span()) || m.span().start() != s.start()) {
                    return List.of();
                }
                guesses.add(m);
            }
        }
        return guesses;
    }

    /**
     * Adds the name at s unless it is a topic, person (or office), place, event, generic word or part of a capital phrase.
     *
     * @param documentWordsAllowed a document's word ("Charter") does not veto the name
     */
    private void addUnlessVetoed(String text, Span region, Span found, List<OrgMention> out, boolean documentWordsAllowed) {
        Span s = withoutProduct(text, found, region.end());
        String name = Names.clean(s.of(text));
        String before = text.substring(Math.max(region.start(), s.start() - 80), s.start());
        if (name.length() < 3 || !titleCased(name) || overlapsAny(out, s) || personBefore.matcher(before).find()
                || lex.genericKeys.contains(Names.key(name)) || lex.acronymStoplist.contains(name) || onlyCountries(name)
                || (documentWordsAllowed ? lex.namesEventOrVenueOnly(name) : lex.namesEventOrVenue(name))
                || lex.namesEventOrVenue(titleBefore(text, region, s)) || placeName.test(name) || lex.looksLikePerson(name)
                || isBareHead(name) || lex.onlyPlaceAdjectives(name) || lex.namesOffice(name) || lex.namesDivision(name)
                || Names.isAllCaps(name) && capsNeighbour(text, s) || portfolio(text, region, s, name)
                || hyphenJoined(text, s) || unitAfterAcronym(text, s.start(), name)) {
            return;
        }
        out.add(new OrgMention(s, s.of(text), name, null, OrgMention.Source.MODEL));
    }

    /**
     * "the Minister of Foreign Affairs of Barbados": a name without a head word right after a minister's
     * title is the minister's portfolio, not an organization (a body has a head: "Minister of the
     * Interior"; other offices are of bodies: "the Director of Sightsavers").
     */
    private boolean portfolio(String text, Span region, Span s, String name) {
        int title = OfficeOf.titleBefore(text, region.start(), s.start());
        return title >= 0 && MINISTER.matcher(text).region(title, s.start()).lookingAt()
                && Words.of(name).stream().noneMatch(w -> lex.head(w.raw()) != null);
    }

    private static final Pattern MINISTER = Pattern.compile("(?i)(?:\\S+\\s+)?(?:vice-?)?minist");

    /**
     * "Bancolombia patrocinó los premios", "Safaricom sponsored the prizes": a clause that is nothing but
     * capitalized words before a cue that follows its organization opens on that organization.
     */
    private static Span cueSubject(String text, Span stretch) {
        Matcher m = CUE_SUBJECT.matcher(text).region(stretch.start(), stretch.end());
        return m.matches() ? new Span(m.start(1), m.end(1)) : null;
    }

    private static final Pattern CUE_SUBJECT = Pattern.compile(
            "\\s*(?:(?:The|El|La|Los|Las)\\s+)?(\\p{Lu}[\\p{L}\\d&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&'’-]*){0,3})\\s+");

    /** The capitalized words opening a stretch after a cue (past "the"), up to the first other word or mark. */
    private static Span cueObject(String text, Span stretch) {
        Matcher m = CUE_OBJECT.matcher(text).region(stretch.start(), stretch.end());
        return m.lookingAt() ? withoutProduct(text, new Span(m.start(1), m.end(1)), stretch.end()) : null;
    }

    /**
     * "visited the Singapore Customs TradeNet system": a last word written in camel case before a
     * product noun (product-words.txt) names the body's product, not the body.
     */
    private static Span withoutProduct(String text, Span name, int limit) {
        int space = text.lastIndexOf(' ', name.end() - 1);
        if (space <= name.start() || !camelCase(text, space + 1, name.end())) {
            return name;
        }
        List<Words.Word> next = Words.of(text, name.end(), Math.min(limit, name.end() + 30));
        return !next.isEmpty() && PRODUCT_WORDS.contains(next.get(0).raw()) ? new Span(name.start(), space) : name;
    }

    /**
     * "with OpenStreetMap Tanzania", "ActionAid Kenya": a word in camel case, a brand's way of writing
     * its name, then a country or other place is that organization's chapter there, a name of its own.
     */
    private void addChapters(String text, List<Words.Word> words, List<OrgMention> out) {
        for (int i = 0; i + 1 < words.size(); i++) {
            Words.Word w = words.get(i);
            Words.Word place = words.get(i + 1);
            if (!Character.isUpperCase(w.first()) || !Character.isUpperCase(place.first()) || place.start() != w.end() + 1
                    || text.charAt(w.end()) != ' ' || !camelCase(text, w.start(), w.end())) {
                continue; // nearly every word: the character tests come before any look-up
            }
            if (i + 2 < words.size() && Character.isUpperCase(words.get(i + 2).first()) && words.get(i + 2).start() == place.end() + 1) {
                continue; // "TradeMark East Africa": the name goes on
            }
            Span s = new Span(w.start(), place.end());
            if ((lex.isCountry(place.raw()) || placeName.test(place.raw())) && !overlapsAny(out, s)) {
                out.add(new OrgMention(s, s.of(text), s.of(text), null, OrgMention.Source.RULE));
            }
        }
    }

    /** A capital right after a small letter inside the word ("TradeNet", "eCitizen"). */
    private static boolean camelCase(String text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PRODUCT_WORDS = Set.copyOf(Resources.lines("product-words.txt"));

    /**
     * Whether a model name could survive the filters below: it must end in a capitalized word that no
     * mention found so far covers, and not be a single generic word ("The" opening the sentence). The
     * model is the costliest step, and most sentences have every capitalized word explained already.
     * Only words inside the stretches where a model name can count are candidates.
     */
    private boolean modelCanAdd(String text, List<Span> stretches, List<OrgMention> out) {
        String onlyCandidate = null;
        int seen = -1; // stretches may nest (one from each cue to the sentence's end): a word counts once
        for (Span stretch : stretches) {
            for (Words.Word w : Words.of(text, Math.max(stretch.start(), seen), stretch.end())) {
                seen = Math.max(seen, w.end());
                if (Character.isUpperCase(w.raw().charAt(0)) && !overlapsAny(out, new Span(w.start(), w.end()))) {
                    if (onlyCandidate != null) {
                        return true;
                    }
                    onlyCandidate = w.raw();
                }
            }
        }
        return onlyCandidate != null && !lex.genericKeys.contains(Names.key(onlyCandidate));
    }

    /** The capitalized words (and connectors) running up to a span: "First Congress of" before "Missing People". */
    private static String titleBefore(String text, Span region, Span s) {
        Matcher m = TITLE_TAIL.matcher(text.substring(Math.max(region.start(), s.start() - 80), s.start()));
        return m.find() ? m.group() : "";
    }

    /** "the Network", "the Department": a head word alone refers back to an organization, it names none. */
    private boolean isBareHead(String name) {
        List<Words.Word> words = Words.of(name);
        return words.size() == 1 && lex.head(words.get(0).raw()) != null;
    }

    /** "Moldova and Ukraine" is a list of countries, not an organization. */
    private boolean onlyCountries(String name) {
        return java.util.Arrays.stream(LIST_SEPARATOR.split(name))
                .allMatch(p -> p.isBlank() || lex.isCountry(p));
    }

    /** Every word capitalized except connectors: "Casa Alianza", "Carabineros de Chile", not "Central American congresswomen". */
    private static boolean titleCased(String name) {
        for (Words.Word w : Words.of(name)) {
            if (!Character.isUpperCase(w.raw().charAt(0)) && !Character.isDigit(w.raw().charAt(0)) && w.raw().length() > 3) {
                return false;
            }
        }
        List<Words.Word> ws = Words.of(name);
        return Character.isUpperCase(name.charAt(0)) && !ws.isEmpty()
                && Character.isUpperCase(ws.get(ws.size() - 1).raw().charAt(0));
    }

    /** "NGOs", "the media", "Director General": never an organization by itself. */
    boolean isGeneric(String name) {
        return lex.genericKeys.contains(Names.key(name)) || onlyCountries(name);
    }

    /** Whether the gazetteer knows the name, as a whole, as a place's: a comma list may add a city ("UNDP, Lima"). */
    boolean isPlace(String name) {
        return placeName.test(name);
    }

    /** What {@link #find} in FULL mode gives, from what it gives in RULES mode for the same region: the model's names added. */
    List<OrgMention> withModel(String text, Span region, List<OrgMention> rulesFound, List<Span> modelStretches) {
        List<OrgMention> out = new ArrayList<>(rulesFound);
        addModel(text, region, modelStretches, out);
        out.sort(OrgMention.BY_SPAN);
        AcrossComma.join(text, out); // the model may have read the name after the comma
        dropPossessors(text, out); // the model may read the possessor anew
        foldUnitsIntoUniversities(text, out);
        return out;
    }

    /**
     * Whether the model can add no name anywhere in a region where nothing else was found, whatever
     * stretches the role cues leave it ({@link #modelCanAdd}): its only capital letter is the first
     * of its first word, a generic word ("The", "In"). That word must be ASCII letters alone, so a
     * stretch can neither start nor end inside it. Most clauses of a report are such.
     */
    boolean modelCannotAdd(String text, Span region) {
        return genericOpening(text, region) != null;
    }

    /**
     * Whether {@link #find} in RULES mode gives nothing in the region and the model could add
     * nothing there ({@link #modelCannotAdd}), told without reading it: every registry name, acronym,
     * rule head, apposition and government needs a capital, and the region's only one opens its
     * first word, a generic word that starts no head ("The", "During") and no registry name there
     * (folded names ignore the case of the words after it: "The nature conservancy"), or it has none. About half of a report's clauses; the data could make it untrue, so it is checked
     * (a registry name in lower case, a head or a country written without a capital, a '&' that
     * could make an acronym run of a lone capital).
     */
    boolean holdsNothing(String text, Span region) {
        String opening = genericOpening(text, region);
        if (opening == null || !countriesCapitalized || registry.mayHoldNameWithoutCapital(text, region.start(), region.end()) || !rules.headsCapitalized()) {
            return false;
        }
        for (int i = region.start(); i < region.end(); i++) {   // not indexOf: it reads on past the region
            if (text.charAt(i) == '&') {
                return false;
            }
        }
        return opening.isEmpty() || !rules.isHeadStart(opening)
                && !registry.matchesAt(text, Words.nextWordChar(text, region.start(), region.end()), region.end());
    }

    /**
     * The region's first word when it is a generic word of ASCII letters holding the region's only
     * capital, "" when the region has no capital, otherwise null.
     */
    private String genericOpening(String text, Span region) {
        if (capitalAfterStart(text, region)) {
            return null;
        }
        int first = Words.nextWordChar(text, region.start(), region.end());
        if (first == region.end() || !Character.isUpperCase(text.charAt(first))) {
            return ""; // no capital at all
        }
        int end = first;
        while (end < region.end() && (text.charAt(end) | 0x20) >= 'a' && (text.charAt(end) | 0x20) <= 'z') {
            end++;
        }
        if (end < region.end() && Words.isWordChar(text.charAt(end))) {
            return null;
        }
        String word = text.substring(first, end);
        return lex.genericKeys.contains(Names.key(word)) ? word : null;
    }

    /**
     * Whether a capital stands in the region after its first letter or digit (a character outside
     * the BMP counts as one: its case is not told here).
     */
    private static boolean capitalAfterStart(String text, Span region) {
        for (int i = Words.nextWordChar(text, region.start(), region.end()) + 1; i < region.end(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<OrgMention> ms, Span s) {
        return ms.stream().anyMatch(m -> m.span().overlaps(s));
    }

    /** The acronyms the document defines (see {@link Definitions}), read as each is first asked for. */
    Definitions definitions(String text) {
        return new Definitions(text, paragraph -> find(text, paragraph, Mode.RULES, NO_DEFINITIONS));
    }

    static void addDefinitions(String text, List<OrgMention> ms, Map<String, OrgMention> defs) {
        for (int i = 0; i + 1 < ms.size(); i++) {
            OrgMention a = ms.get(i);
            OrgMention b = ms.get(i + 1);
            if (!parenthesized(text, a, b)) {
                continue;
            }
            if (isAcronym(b.text()) && !isAcronym(a.text())) {
                String acr = base(b.text());
                defs.putIfAbsent(acr, new OrgMention(a.span(), a.text(), a.name(),
                        a.acronym() != null ? a.acronym() : acr, a.source()));
            } else if (isAcronym(a.text()) && !isAcronym(b.text())) {
                defs.putIfAbsent(base(a.text()), new OrgMention(b.span(), b.text(), b.name(), base(a.text()), b.source()));
            }
        }
    }

    /** b stands in parentheses right after a: "Name (B)" or "Name “B” (C)". */
    static boolean parenthesized(String text, OrgMention a, OrgMention b) {
        if (b.span().start() < a.span().end()) {
            return false;
        }
        String gap = text.substring(a.span().end(), b.span().start());
        int close = b.span().end();
        return PAREN_GAP.matcher(gap).matches() && close < text.length() && text.charAt(close) == ')';
    }

    /** The acronym in parentheses right after a name ending at end ("... Centre (5Cs)"), or null. */
    private static String acronymAfter(String text, int end, int regionEnd) {
        Matcher gap = PAREN_GAP.matcher(text).region(end, regionEnd);
        if (!gap.lookingAt()) {
            return null;
        }
        int close = text.indexOf(')', gap.end());
        if (close < 0 || close > regionEnd) {
            return null;
        }
        String inside = text.substring(gap.end(), close).strip();
        return isAcronym(inside) ? inside : null;
    }

    static boolean isAcronym(String s) {
        return isAcronymBase(base(s));
    }

    /** As {@link #isAcronym} for a string that is its own {@link #base}. */
    static boolean isAcronymBase(String b) {
        if (b.length() < 2 || b.length() > 10 || b.contains(" ")) {
            return false;
        }
        // digits count with the capitals ("G77", "5Cs", "C40"), but a capital is needed ("2015" is none);
        // a loop: this runs for every capital word
        int upper = 0;
        int digits = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            upper += Character.isUpperCase(c) ? 1 : 0;
            digits += Character.isDigit(c) ? 1 : 0;
        }
        return upper > 0 && (upper + digits) * 2 > b.length();
    }

    /** "IOM-Bolivia" -> "IOM". */
    static String base(String s) {
        int dash = s.indexOf('-');
        return dash > 0 && Names.isAllCaps(s.substring(0, dash)) ? s.substring(0, dash) : s;
    }
}

package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Span;

/**
 * Organizations by pattern: a run of capitalized words (with connectors such as "of", "de", "and")
 * that contains a head word from heads.tsv ("Ministry", "Embassy", "Universidad"...). Government
 * bodies written with a demonym are turned round to "Body of Country" so that "the Guatemalan
 * Ministry of Foreign Affairs" and "Ministry of Foreign Affairs of Guatemala" are one organization.
 */
final class RuleFinder {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "against", "de", "del",
            "la", "las", "los", "el", "y", "e", "para", "por", "contra", "sobre", "du", "des", "et", "pour", "d", "da", "do", "dos", "without", "sin");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "en", "ante");
    private static final Set<String> AND = Set.of("and", "y", "e", "et");
    private static final Set<String> ARTICLES = Set.of("the", "The", "la", "La", "el", "El", "los", "Los", "las", "Las");
    private static final Set<String> OF = Set.of("of", "de", "del", "du", "des");

    /** A field of up to three words: "Secretaría de Derechos Humanos, Justicia, ...", "Ministry of Foreign Affairs, Trade and Development". */
    private static final Pattern ENDS_WITH_FIELD = Pattern.compile(
            "\\b(?:of|for|de|del|para) (?:the |la |el |los |las )?\\p{Lu}[\\p{Ll}\\-]+(?: \\p{Lu}[\\p{Ll}\\-]+){0,2}$");
    private static final String WORD = "\\p{Lu}[\\p{Ll}\\-]+";
    /** A capitalized word or a dotted abbreviation ("U.S.") in a name's complement. */
    private static final String TAIL_WORD = "\\p{Lu}(?:\\p{L}+|\\.(?:\\p{Lu}\\.)+)";
    /**
     * The list's closing complement may name a body of its own, with its country: "..., Refugiados y
     * Migración del Departamento de Estado de los Estados Unidos (PRM)" is one office.
     */
    private static final Pattern ENUMERATION = Pattern.compile(", (?:" + WORD + ", )*" + WORD + ",? (?:and|y|e) " + WORD
            + "(?: " + WORD + ")?(?: (?:of|de|del) (?:(?:the|la|el|los|las) )?" + TAIL_WORD
            + "(?: (?:(?:of|de|del|the|la|el|los|las) ){0,2}" + TAIL_WORD + "){0,6})?");

    /** "St." of "St. George's University": a period inside a name (name-abbreviations.txt). */
    private static final Set<String> NAME_ABBREVIATIONS = Set.copyOf(Resources.lines("name-abbreviations.txt"));

    private static final Pattern LOCATION = Pattern.compile(" (in|at|en) ");

    private record Tok(int start, int end, String w, boolean sentenceEnd) {}

    /** A run that directly follows "Capitalized in" is the tail of a longer name ("Anti-Trafficking in Persons Unit"). */
    private record Run(List<Tok> toks, boolean fragment) {}

    private final Lexicon lex;

    /**
     * A bit per hash (modulo the size) of every word runs() looks up (connectors, locatives, event
     * words): a plain lowercase word whose bit is clear needs no substring (most words of a sentence).
     * A word sharing a bit only takes the longer way, to the same result.
     */
    private final BitSet lookedUpHashes = new BitSet(LOOKED_UP_BITS);
    private static final int LOOKED_UP_BITS = 1 << 12;
    /**
     * A bit per hash of each head word's first letter/digit run ("Vice" of "Vice-Ministry"): a token
     * equal to a head starts with a word whose bit is set, so a region with no such word has no head.
     */
    private final BitSet headStarts = new BitSet(LOOKED_UP_BITS);
    /** Those first runs themselves: a clause of twenty words would pass the bits alone about half the time. */
    private final Set<String> headStartWords = new HashSet<>();
    private final boolean headsCapitalized;

    RuleFinder(Lexicon lex) {
        this.lex = lex;
        java.util.stream.Stream.of(CONNECTORS, LOCATIVE, lex.eventWords).flatMap(Set::stream)
                .forEach(w -> lookedUpHashes.set(w.hashCode() & (LOOKED_UP_BITS - 1)));
        for (String head : lex.heads.keySet()) {
            Words.Word first = Words.of(head).get(0);
            headStarts.set(first.rawHash() & (LOOKED_UP_BITS - 1));
            headStartWords.add(first.raw());
        }
        this.headsCapitalized = headStartWords.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    /** Whether every head word starts with a capital: then a region whose words have none holds no head. */
    boolean headsCapitalized() {
        return headsCapitalized;
    }

    /** Whether a head word starts with this word (as written): a region with no such word has no name here. */
    boolean isHeadStart(String word) {
        return headStartWords.contains(word);
    }

    /**
     * @param words the words of text[from, to) ({@link Words#of}): every name needs a head word, and
     *              most clauses have none, so those are told by the words' hashes without the walk below
     */
    List<OrgMention> find(String text, int from, int to, List<Words.Word> words) {
        if (!mayHoldHead(words)) {
            return List.of();
        }
        List<OrgMention> out = new ArrayList<>();
        int covered = -1;
        for (Run run : runs(text, from, to)) {
            if (run.fragment()) {
                continue;
            }
            List<List<Tok>> pieces = split(run.toks());
            for (int k = 0; k < pieces.size(); k++) {
                List<Tok> piece = pieces.get(k);
                OrgMention m = mention(text, piece, k > 0 && afterAnd(run.toks(), piece.get(0)));
                if (m != null && m.span().start() >= covered) {
                    m = withEnumeration(text, m, to);
                    covered = m.span().end();
                    out.add(m);
                }
            }
        }
        return out;
    }

    private boolean mayHoldHead(List<Words.Word> words) {
        for (Words.Word w : words) {
            if (headStarts.get(w.rawHash() & (LOOKED_UP_BITS - 1)) && headStartWords.contains(w.raw())) {
                return true;
            }
        }
        return false;
    }

    /** "Ministry of Environment" + ", Forests and Water Administration of Albania": the name's own list of fields. */
    private static OrgMention withEnumeration(String text, OrgMention m, int to) {
        // a list goes on with ", ": tested first, as the regexes are not cheap and most names have none
        if (!text.startsWith(", ", m.span().end()) || !m.name().equals(m.text()) || !ENDS_WITH_FIELD.matcher(m.text()).find()) {
            return m;
        }
        Matcher e = ENUMERATION.matcher(text).region(m.span().end(), to);
        if (!e.lookingAt()) {
            return m;
        }
        Span span = new Span(m.span().start(), e.end());
        return new OrgMention(span, span.of(text), span.of(text), null, m.source());
    }

    private List<Run> runs(String text, int from, int to) {
        List<Run> runs = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        boolean located = false;
        boolean fragment = false;
        boolean inEvent = false;
        boolean prevCap = false;
        int prevEnd = -1;
        for (int tokStart = Words.nextWordChar(text, from, to), tokEnd; tokStart < to;
                tokStart = Words.nextWordChar(text, tokEnd, to)) {
            tokEnd = Words.tokenEnd(text, tokStart, to);
            if (plainLowercase(text, tokStart, tokEnd)) {
                // neither capitalized, a connector nor an event word: it only ends the current run
                inEvent = false;
                flush(runs, cur, fragment);
                located = false;
                fragment = false;
                prevCap = false;
                prevEnd = tokEnd;
                continue;
            }
            String w = text.substring(tokStart, tokEnd);
            boolean abbrev = w.indexOf('.') < w.length() - 1;
            boolean end = w.endsWith(".") && !abbrev && w.length() > 2 && !NAME_ABBREVIATIONS.contains(w.substring(0, w.length() - 1));
            if (end) {
                w = w.substring(0, w.length() - 1);
            }
            Tok t = new Tok(tokStart, tokStart + w.length(), w, end);
            boolean gapOk = prevEnd >= 0 && isBlank(text, prevEnd, t.start());
            boolean cap = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) && numberInName(cur)
                    || w.length() > 2 && w.charAt(1) == '-' && Character.isUpperCase(w.charAt(2)); // "e-Government"
            boolean conn = !cap && (CONNECTORS.contains(w) || located && LOCATIVE.contains(w)); // only read when !cap
            boolean event = lex.eventWords.contains(w);
            if (!gapOk || !(cap || conn) || event && !cur.isEmpty()) {
                inEvent = false;
                flush(runs, cur, fragment);
                located = false;
                fragment = gapOk && LOCATIVE.contains(w) && prevCap;
            }
            prevCap = Character.isUpperCase(w.charAt(0));
            if (event || inEvent && (cap || conn)) {
                // an event title ("Seminar on ...", "Congress of Police and Missing People") is no organization
                cur.clear();
                inEvent = true;
                prevEnd = t.end();
                continue;
            }
            if (cap || conn && !cur.isEmpty()) {
                cur.add(t);
                Lexicon.Head h = lex.head(w);
                located |= h != null && h.located();
            } else if (conn) {
                fragment = false; // "in the Ministry ...": an article between, so a name of its own
            }
            prevEnd = t.sentenceEnd() ? -1 : t.end();
            if (t.sentenceEnd()) {
                flush(runs, cur, fragment);
                located = false;
                fragment = false;
            }
        }
        flush(runs, cur, fragment);
        return runs;
    }

    /** "Group of 77", "Agenda 2030": a number after a capitalized word or "of"; "... Pacific for 22 statisticians" ends before it. */
    private static boolean numberInName(List<Tok> cur) {
        if (cur.isEmpty()) {
            return false;
        }
        String last = cur.get(cur.size() - 1).w();
        return Character.isUpperCase(last.charAt(0)) || last.equals("of") || last.equals("de");
    }

    /**
     * Whether the token text[start, end) is a word runs() would only end a run at, told without a
     * substring: not capitalized (see cap in runs), no closing period, and not one of the looked-up words.
     */
    private boolean plainLowercase(String text, int start, int end) {
        char first = text.charAt(start);
        if (Character.isUpperCase(first) || Character.isDigit(first) || text.charAt(end - 1) == '.'
                || end - start > 2 && text.charAt(start + 1) == '-' && Character.isUpperCase(text.charAt(start + 2))) {
            return false;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i); // String.hashCode of the token, without building it
        }
        return !lookedUpHashes.get(hash & (LOOKED_UP_BITS - 1));
    }

    /** As text.substring(from, to).isBlank(), without the copy (this runs for every word). */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<Run> runs, List<Tok> cur, boolean fragment) {
        while (!cur.isEmpty() && isConnector(cur.get(cur.size() - 1))) {
            cur.remove(cur.size() - 1);
        }
        if (!cur.isEmpty()) {
            runs.add(new Run(new ArrayList<>(cur), fragment));
        }
        cur.clear();
    }

    private static boolean isConnector(Tok t) {
        return !Character.isUpperCase(t.w().charAt(0)) && !Character.isDigit(t.w().charAt(0)) || ARTICLES.contains(t.w());
    }

    /** Splits "X Institute of A and the Y Institute of B" into two, keeping "Ministry of Labor and Employment" whole. */
    private List<List<Tok>> split(List<Tok> run) {
        List<List<Tok>> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < run.size() - 1; i++) {
            if (AND.contains(run.get(i).w()) && headIndex(run, start, i) >= 0) {
                int j = i + 1;
                while (j < run.size() && ARTICLES.contains(run.get(j).w())) {
                    j++;
                }
                if (j < run.size() && !fieldOfGovernmentBody(run, start, i, j)
                        && (headIndex(run, j, nextAnd(run, j, Math.min(run.size(), j + 6))) >= 0
                        || Names.isAllCaps(run.get(j).w())
                        || endsOnHead(run, i) && namedAfter(run, j)
                        || endsOnCountry(run, start, i, j))) {
                    out.add(run.subList(start, i));
                    start = j;
                    i = j;
                }
            }
        }
        out.add(run.subList(start, run.size()));
        List<List<Tok>> pieces = new ArrayList<>(out.size() + 1);
        for (List<Tok> p : out) {
            pieces.addAll(splitGovernmentTail(p)); // a loop: a stream here cost more than the split itself
        }
        return pieces;
    }

    /**
     * "Ministry of Community Development and Social Services", "Department of Health and Human Services":
     * after a government body's "of" and its field, a short capitalized phrase joined without an article
     * and ending on its head is a second field of the same body (another organization takes an article or
     * is a registry name, found on its own: "the Ministry of Health and Catholic Relief Services").
     */
    private boolean fieldOfGovernmentBody(List<Tok> run, int start, int and, int next) {
        if (next != and + 1) {
            return false;
        }
        int end = nextAnd(run, next, run.size());
        if (end - next > 3 || Names.isAllCaps(run.get(next).w()) || lex.head(run.get(end - 1).w()) == null) {
            return false;
        }
        for (int k = start; k + 2 < and; k++) {
            Lexicon.Head h = lex.head(run.get(k).w());
            if (h != null && h.government() && OF.contains(run.get(k + 1).w())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words after an "and" stop being one conjunct: at the next "and" ("Ministry of Foreign
     * Affairs and Trade and the Asian Development Bank": "Bank" is the next name's head, not Trade's).
     */
    private static int nextAnd(List<Tok> run, int from, int to) {
        for (int i = from; i < to; i++) {
            if (AND.contains(run.get(i).w())) {
                return i;
            }
        }
        return to;
    }

    /**
     * "Ghana Statistical Service and Mobile Web Ghana": a name that ends on its head word is complete,
     * so two capitalized words after "and" name another organization ("Ministry of Labor and
     * Employment" goes on after a field, not a head).
     */
    private boolean endsOnHead(List<Tok> run, int and) {
        Lexicon.Head h = lex.head(run.get(and - 1).w());
        return h != null && !h.needsOf();
    }

    /**
     * "Embassy of Sweden and Hivos": a name whose "of" complement is a country ends there, so what follows
     * "and" is another name, unless it goes on with a country ("Governments of Canada and Mexico") or
     * makes one with the words before it ("Trinidad and Tobago").
     */
    private boolean endsOnCountry(List<Tok> run, int start, int and, int next) {
        int of = and - 1;
        while (of > start && !OF.contains(run.get(of).w())) {
            of--;
        }
        int from = of + 1;
        while (from < and && ARTICLES.contains(run.get(from).w())) {
            from++;
        }
        if (of <= start || from >= and || !lex.isCountry(join(run.subList(from, and)))) {
            return false;
        }
        for (int k = next + 1; k <= Math.min(run.size(), next + 4); k++) {
            if (lex.isCountry(join(run.subList(next, k))) || lex.isCountry(join(run.subList(from, k)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean namedAfter(List<Tok> run, int from) {
        return from + 1 < run.size() && !isConnector(run.get(from)) && !isConnector(run.get(from + 1));
    }

    /** "Dirección General del Registro ... del Ministerio de Justicia": the ministry is an organization of its own. */
    private List<List<Tok>> splitGovernmentTail(List<Tok> p) {
        int first = headIndex(p, 0, p.size());
        for (int i = Math.max(first, 0) + 1; first >= 0 && i + 1 < p.size(); i++) {
            int k = i + 1;
            while (k < p.size() && ARTICLES.contains(p.get(k).w())) {
                k++;
            }
            Lexicon.Head h = k < p.size() ? lex.head(p.get(k).w()) : null;
            if (OF.contains(p.get(i).w()) && h != null && h.government()) {
                return List.of(p.subList(0, i), p.subList(k, p.size()));
            }
        }
        return List.of(p);
    }

    private int headIndex(List<Tok> run, int from, int to) {
        for (int i = from; i < to; i++) {
            Lexicon.Head h = lex.head(run.get(i).w());
            if (h != null && h.afterUnit() && !unitBefore(run, from, i)) {
                continue; // "Project Management Team": a team is a body only as a unit's ("County Health Team")
            }
            if (h != null && (!h.needsOf() || ofAfter(run, i)
                    || h.government() && i > from && !isConnector(run.get(i - 1)))) {
                return i; // "Kisumu County Government", "Australian Government": a government named before its head
            }
        }
        return -1;
    }

    /** A unit or place word (unit-qualifiers.txt) among run[from, head): "District Health Management Team". */
    private boolean unitBefore(List<Tok> run, int from, int head) {
        for (int k = from; k < head; k++) {
            if (lex.unitQualifiers.contains(run.get(k).w())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "of"/"de" after the head, or after one or two capitalized words that qualify it: "Gobierno Regional de
     * Cusco", "Gobierno Autónomo Departamental de La Paz".
     */
    private boolean ofAfter(List<Tok> run, int head) {
        for (int k = head + 1; k < run.size() && k <= head + 3; k++) {
            Tok t = run.get(k);
            if (OF.contains(t.w())) {
                return true;
            }
            if (isConnector(t) || lex.head(t.w()) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * @param listed whether the piece is a list's next name, after "and"/"y": its opening words in
     *               capitals are no sentence's first word, so they name it even before "of"/"de"
     *               ("Dirección de Patrimonio y Museos del Banco Central": the museums, not the bank)
     */
    private OrgMention mention(String text, List<Tok> piece, boolean listed) {
        int h = headIndex(piece, 0, piece.size());
        if (h < 0) {
            return null;
        }
        // modifiers are the capitalized words right before the head ("National", "Guatemalan", "Latin America and Caribbean")
        int s = h;
        while (s > 0 && (!isConnector(piece.get(s - 1)) || AND.contains(piece.get(s - 1).w()) && s > 1
                && !isConnector(piece.get(s - 2)) && !Names.isAllCaps(piece.get(s - 2).w())
                && !personBefore(piece, s - 1))) {
            s--;
        }
        if (listed && s > 0 && namedBeforeOf(piece, s)) {
            s = 0;
        }
        List<Tok> p = withoutAcronymPlace(piece.subList(s, piece.size()));
        while (!p.isEmpty() && isConnector(p.get(p.size() - 1))) {
            p = p.subList(0, p.size() - 1);
        }
        if (p.size() < 2) {
            return null;
        }
        Span span = new Span(p.get(0).start(), p.get(p.size() - 1).end());
        String written = span.of(text);
        if (lex.genericKeys.contains(Names.key(written))) {
            return null;
        }
        return new OrgMention(span, written, canonical(p), null, OrgMention.Source.RULE);
    }

    /**
     * piece[0, s) is capitalized words with no head, then "of"/"de" and perhaps an article: words that
     * name a body of the one at s, unless they are a person's office ("Director of the ...").
     */
    private boolean namedBeforeOf(List<Tok> piece, int s) {
        int k = s;
        while (k > 0 && ARTICLES.contains(piece.get(k - 1).w())) {
            k--;
        }
        if (k < 2 || !OF.contains(piece.get(k - 1).w())) {
            return false;
        }
        for (int i = 0; i < k - 1; i++) {
            if (isConnector(piece.get(i)) || lex.head(piece.get(i).w()) != null) {
                return false;
            }
        }
        return !lex.namesOffice(join(piece.subList(0, k - 1)));
    }

    /** The token right before first in the run is "and"/"y". */
    private static boolean afterAnd(List<Tok> run, Tok first) {
        for (int i = 1; i < run.size(); i++) {
            if (run.get(i) == first) {
                int b = i - 1;
                while (b > 0 && ARTICLES.contains(run.get(b).w())) {
                    b--;
                }
                return AND.contains(run.get(b).w());
            }
        }
        return false;
    }

    /**
     * "Korean Election Commission at OAS (headquarters)": a place complement that is only acronyms
     * names another organization's premises, not where this body sits ("Embassy in Quito").
     */
    private static List<Tok> withoutAcronymPlace(List<Tok> p) {
        for (int i = 1; i + 1 < p.size(); i++) {
            if (AT_PLACE.contains(p.get(i).w())) {
                boolean acronyms = true;
                for (int k = i + 1; acronyms && k < p.size(); k++) {
                    acronyms = Names.isAllCaps(p.get(k).w()) && p.get(k).w().length() > 1;
                }
                return acronyms ? p.subList(0, i) : p;
            }
        }
        return p;
    }

    /** Locatives that name a place ("to", "ante" name whom a mission is accredited to: "Mission of Chile to the OAS"). */
    private static final Set<String> AT_PLACE = Set.of("at", "in", "en");

    /** The capitalized words right before piece[and] name a person: "Robert Mills" and "Casa Alianza" are two. */
    private boolean personBefore(List<Tok> piece, int and) {
        int from = and;
        while (from > 0 && !isConnector(piece.get(from - 1))) {
            from--;
        }
        return lex.looksLikePerson(join(piece.subList(from, and)));
    }

    /** "U.S. Embassy in Quito" -> "Embassy of the United States in Quito"; "Foreign Ministry of Peru" -> "Ministry of Foreign Affairs of Peru". */
    String canonical(List<Tok> p) {
        String owner = null; // "Japan's Ministry of Foreign Affairs": the government whose body it is
        if (p.size() > 2 && isPossessive(p.get(0).w()) && lex.isCountry(p.get(0).w().substring(0, p.get(0).w().length() - 2))) {
            String c = p.get(0).w().substring(0, p.get(0).w().length() - 2);
            owner = lex.countryNames.getOrDefault(c, c);
            p = p.subList(1, p.size()); // "Chile's National Drug Control Council"
        }
        String country = lex.demonyms.get(p.get(0).w());
        Lexicon.Head head = p.size() > 1 ? lex.head(p.get(1).w()) : null;
        if (country == null && head != null && head.government() && p.size() > 2) {
            country = lex.countryNames.get(p.get(0).w()); // "Barbados Ministry of Health", as "Barbadian Ministry ..."
        }
        List<Tok> body = p;
        String rest = "";
        if (country != null && !lex.isCountry(p.get(0).w()) || country != null && head != null) {
            body = p.subList(1, p.size());
        } else {
            country = owner;
        }
        String name = join(body);
        String low = name.toLowerCase(Locale.ROOT);
        for (Lexicon.Synonym syn : lex.synonyms) {
            int i = low.indexOf(syn.lowerWording());
            if (i >= 0) {
                name = name.substring(0, i) + syn.canonical() + name.substring(i + syn.length());
                break;
            }
        }
        Lexicon.Head first = lex.head(Words.first(name));
        if (country != null && (first == null || !first.government())) {
            return join(p);
        }
        if (country != null) {
            Matcher loc = LOCATION.matcher(name);
            if (loc.find()) {
                rest = name.substring(loc.start());
                name = name.substring(0, loc.start());
            }
            return name + " of " + country + rest;
        }
        return name;
    }

    /** As w.matches(".+['’]s") for a token (no line breaks), without compiling the regex per call. */
    private static boolean isPossessive(String w) {
        int n = w.length();
        return n > 2 && w.charAt(n - 1) == 's' && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’');
    }

    private static String join(List<Tok> toks) {
        StringBuilder b = new StringBuilder();
        for (Tok t : toks) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.w());
        }
        return b.toString();
    }
}

package org.reportparse.annotate.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;

/**
 * Finds counts in text and says what each counts: "More than 100 persons attended" is 100 persons,
 * more_than; "8 Caribbean countries" is 8 countries; "two-day", years, dates, ordinals, decimals
 * and identifiers ("Resolution 1948", "No. 4") are not counts at all. Word lists are data
 * (lexicon-*.tsv, numbers-*.tsv); the choice of the activity's attendance is {@link AttendanceField}'s.
 * Immutable and thread-safe once loaded.
 */
public final class AttendanceAnnotator {
    private static final String DIR = "/org/reportparse/annotate/attendance/";
    private static final Set<String> BRACKETS = Set.of(".", ";", ":", "(", ")", "[", "]", "!", "?", "\"", "“", "”", "«", "»");
    private static final Set<String> DATE_GLUE = Set.of(",", "-", "–", "and", "y", "to", "al", "a", "de", "del", "of",
            "the", "el", "through", "until", "hasta", "from", "desde", "on");
    private static final Set<String> COORDINATORS = Set.of("and", "y", "e", ",", "plus", "while", "whereas", "mientras");
    /** Connectors of a range of counts ("25-30", "25 to 30"); "and"/"y"/"a" only after an opener ("between 25 and 30"). */
    private static final Set<String> RANGE_DASHES = Set.of("-", "–", "—", "to");
    private static final Set<String> RANGE_OPENERS = Set.of("between", "entre", "de");
    private static final Set<String> RANGE_AFTER_OPENER = Set.of("and", "y", "a");
    /** Words between a target verb and its count: "planned for 30", "previstos para 30". */
    private static final Set<String> PLANNED_GLUE = Set.of("for", "para", "to", "a", "of", "de");
    /** Words opening where counted people came from ("from nine countries", "of twelve ministries"). */
    private static final Set<String> ORIGIN_WORDS = Set.of("from", "of", "representing");
    /** Noun search window after a number: long enough for "118 human resources and occupational health staff". */
    private static final int NOUN_WINDOW = 8;
    /** Qualifier.values() copies its array at each call; this runs at every count. */
    private static final Qualifier[] QUALIFIERS = Qualifier.values();

    private static final class Holder {
        static final AttendanceAnnotator SHARED = new AttendanceAnnotator(
                Lexicon.load(DIR + "lexicon-en.tsv", DIR + "lexicon-es.tsv"),
                NumberReader.load(DIR + "numbers-en.tsv", DIR + "numbers-es.tsv"));
    }

    private final Lexicon lexicon;
    private final NumberReader numbers;

    private AttendanceAnnotator(Lexicon lexicon, NumberReader numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
    }

    /** The process-wide instance (data files loaded once). */
    public static AttendanceAnnotator shared() {
        return Holder.SHARED;
    }

    /**
     * Counts within text[from, to), in text order.
     *
     * @param referenceYear the year the activity belongs to: sentences naming only earlier years are
     *                      background; null when unknown
     */
    public List<CountMention> find(String text, int from, int to, Integer referenceYear) {
        return find(text, List.of(new Span(from, to)), referenceYear, "en");
    }

    /** Counts within text[from, to) of a document in the given language ("en", "es"). */
    public List<CountMention> find(String text, int from, int to, Integer referenceYear, String language) {
        return find(text, List.of(new Span(from, to)), referenceYear, language);
    }

    /** Counts within several regions (a section's paragraphs), sentences numbered across all of them (see CountMention). */
    public List<CountMention> find(String text, List<Span> regions, Integer referenceYear, String language) {
        return find(text, regions, referenceYear, region -> Sentences.shared().clauses(text, region, language));
    }

    /** Counts within regions of the document, whose sentences other annotators share (see Sentences). */
    public List<CountMention> find(DocumentContext ctx, List<Span> regions, Integer referenceYear) {
        return find(ctx.text(), regions, referenceYear, region -> Sentences.shared().clauses(ctx, region));
    }

    private List<CountMention> find(String text, List<Span> regions, Integer referenceYear,
                                    Function<Span, List<Span>> clausesOf) {
        List<CountMention> out = new ArrayList<>();
        int sentenceBase = 0;
        for (Span region : regions) {
            List<Token> tokens = Tokenizer.tokenize(text, region.start(), region.end());
            if (!hasNumber(tokens, 0, tokens.size())) {
                continue; // no count here: not worth splitting into sentences
            }
            for (int[] s : tokenRanges(tokens, clausesOf.apply(region))) {
                int index = sentenceBase++;
                if (hasNumber(tokens, s[0], s[1])) {
                    new SentenceScan(tokens, s[0], s[1], index, referenceYear).run(out);
                }
            }
        }
        return out;
    }

    /**
     * Whether a number may start in tokens [from, to): most clauses have none, and scanning them finds
     * nothing. (Sentences are numbered only to tell counts of one sentence from another's, so a region
     * skipped here changes no count's sentence relations.)
     */
    private boolean hasNumber(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (numbers.mayStartAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** Each clause as a [start, end) token range: a token belongs to the clause it starts in or after. */
    private static List<int[]> tokenRanges(List<Token> tokens, List<Span> clauses) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int c = 1; c <= clauses.size(); c++) {
            int to = from;
            int next = c < clauses.size() ? clauses.get(c).start() : Integer.MAX_VALUE;
            while (to < tokens.size() && tokens.get(to).start() < next) {
                to++;
            }
            if (to > from) {
                out.add(new int[] {from, to});
            }
            from = to;
        }
        return out;
    }

    /** The state of reading one sentence: which counts came before and whether we are inside their parentheses. */
    private final class SentenceScan {
        private final List<Token> tokens;
        private final int start;
        private final int end;
        private final int index;
        private final Integer referenceYear;
        /** Read at the sentence's first count: most numbers (years, days) count nothing. */
        private SentenceCues cues;
        private int lastCountEnd = -1;
        private boolean inCountParentheses;
        private boolean seenGroup;
        private boolean totalUsed;
        private boolean lastWasPart;

        SentenceScan(List<Token> tokens, int start, int end, int index, Integer referenceYear) {
            this.tokens = tokens;
            this.start = start;
            this.end = end;
            this.index = index;
            this.referenceYear = referenceYear;
        }

        private SentenceCues cues() {
            if (cues == null) {
                cues = new SentenceCues(lexicon.find(tokens, start, end, "cue") >= 0,
                        lexicon.find(tokens, start, end, "total") >= 0,
                        lexicon.find(tokens, start, end, "background") >= 0 || namesOnlyEarlierYears(referenceYear));
            }
            return cues;
        }

        void run(List<CountMention> out) {
            int i = start;
            while (i < end) {
                Token t = tokens.get(i);
                if (t.is("(")) {
                    inCountParentheses = lastCountEnd == i;
                } else if (t.is(")")) {
                    inCountParentheses = false;
                }
                ParsedNumber n = t.type() == Token.Type.PUNCT ? null : numbers.read(tokens, i);
                if (n == null || n.end() > end) {
                    i++;
                    continue;
                }
                i = n.end();
                if (isCount(n)) {
                    out.add(mention(n, out));
                    i = Math.max(rangeEnd(n), skipRestatement(n));
                }
            }
        }

        /**
         * "60 participants, including 25 women"; across sentences only when the people counted before are
         * the subject: "100 attended. Participants included 30 judges" (not "The second session included 40").
         */
        private boolean partOfEarlierGroup(int qStart, List<CountMention> out) {
            int len = lexicon.matchEndingAt(tokens, qStart, "subcount_before");
            if (len == 0) {
                return false;
            }
            if (seenGroup) {
                return true;
            }
            int subject = qStart - len - 1;
            boolean peopleSubject = subject >= start && (lexicon.matchEndingAt(tokens, subject + 1, "people") > 0
                    || lexicon.matchEndingAt(tokens, subject + 1, "participant") > 0
                    || lexicon.has("pronoun", tokens.get(subject)));
            return peopleSubject && out.stream().anyMatch(m -> !m.part()
                    && m.kind() != CountedKind.THING && m.kind() != CountedKind.CAPACITY);
        }

        private CountMention mention(ParsedNumber n, List<CountMention> out) {
            QualifierCue before = qualifierBefore(n);
            int qStart = before.start();
            Qualifier q = before.qualifier();
            int range = rangeEnd(n);
            int j = range > 0 ? range : skipRestatement(n);
            if (range > 0 && q == Qualifier.EXACT) {
                q = Qualifier.AT_LEAST; // "between 25 and 30 officers": the contract has no range; at least the lower end
            }
            int after;
            if ((after = lexicon.matchAt(tokens, j, "after_at_least")) > 0 && !addsANumber(j + after)) {
                q = Qualifier.AT_LEAST;
                j += after;
            } else if ((after = lexicon.matchAt(tokens, j, "after_about")) > 0) {
                q = Qualifier.ABOUT;
                j += after;
            }
            if ((n.approx() || n.value() == null) && q == Qualifier.EXACT) {
                q = Qualifier.ABOUT;
            }
            boolean partAfter = lexicon.matchAt(tokens, j, "subcount_after") > 0;
            Noun noun = partAfter ? new Noun(CountedKind.NONE, j, j, false) : findNoun(j, true);
            if (noun.kind == CountedKind.NONE) {
                noun = labelNoun(qStart, noun);
            }
            if (noun.kind == CountedKind.CAPACITY && q != Qualifier.UP_TO) {
                noun = new Noun(CountedKind.THING, noun.start, noun.end, false); // "in 5 places" is not capacity
            }
            boolean nounShared = false; // "25, 30 y 28 participantes": each count's span stops at its number
            for (int k = j; k < noun.start; k++) {
                nounShared |= tokens.get(k).type() == Token.Type.NUMBER || numbers.isNumberWord(tokens.get(k));
            }
            int last = nounShared ? j : Math.max(noun.end, j);
            boolean adjacentCue = lexicon.matchEndingAt(tokens, qStart, "cue_adjacent") > 0
                    || lexicon.matchAt(tokens, last, "cue_after") > 0 || cueAfterOrigin(last);
            boolean coordinated = false; // "30 people in X and 45 in Y", "25 participants and the second 30"
            for (int k = qStart - 1; k >= Math.max(start, qStart - 3) && tokens.get(k).type() != Token.Type.NUMBER; k--) {
                coordinated |= COORDINATORS.contains(tokens.get(k).lower());
            }
            boolean group = noun.kind != CountedKind.THING && noun.kind != CountedKind.CAPACITY;
            boolean isTotal = lexicon.matchEndingAt(tokens, qStart, "total") > 0 || (cues().total() && group && !totalUsed);
            totalUsed |= isTotal;
            // "120 people registered, of whom 95 attended": the part that came is the turnout
            boolean turnoutOfPlanned = !out.isEmpty() && out.get(out.size() - 1).planned()
                    && out.get(out.size() - 1).sentence() == index && lexicon.matchAt(tokens, last, "cue_after") > 0;
            // "Each workshop gathered 30 journalists", "20 in each course": a count per session is no headline
            boolean perSession = lexicon.matchAt(tokens, start, "each_subject") > 0 || lexicon.matchAt(tokens, last, "each_after") > 0
                    || lexicon.matchEndingAt(tokens, qStart, "each_before") > 0;
            boolean part = partAfter || inCountParentheses
                    || partOfEarlierGroup(qStart, out) && !turnoutOfPlanned
                    || (noun.breakdown && seenGroup)
                    || (coordinated && lastWasPart); // "including 30 judges and 20 prosecutors"
            boolean anaphoric = lexicon.matchEndingAt(tokens, qStart, "definite") > 0;
            seenGroup |= group && !part && !noun.breakdown;
            lastWasPart = part;
            lastCountEnd = last;
            Span span = new Span(tokens.get(qStart).start(), tokens.get(last - 1).end());
            String counted = noun.end > noun.start
                    ? joinText(noun.start, noun.end) : null;
            return new CountMention(n.value(), q, span, counted, noun.kind, index, cues().cue(), adjacentCue, coordinated,
                    isTotal, part, anaphoric, cues().background() || runningTotalBefore(qStart),
                    isPlanned(qStart) || lexicon.matchAt(tokens, j, "planned_after") > 0
                            || lexicon.matchAt(tokens, last, "planned_after") > 0,
                    lexicon.matchAt(tokens, last, "turnout") > 0 || lexicon.matchEndingAt(tokens, qStart, "turnout") > 0,
                    perSession, perSession ? sessions(out, qStart) : 0);
        }

        /** How many sessions a count per session is given for: a count of them, else the places they were held in. */
        private int sessions(List<CountMention> out, int qStart) {
            int counted = sessionsBefore(out);
            return counted > 0 ? counted : sessionsByPlace(qStart);
        }

        /**
         * "Se realizaron talleres en Loja, Cuenca y Machala ..., con un promedio de 35 participantes por taller": a
         * session word of this sentence, "in"/"en" (a verb between: "were held in"), then a list of two to twelve names ("A, B and C"), one session
         * in each; else 0. A name is a run of capitalized words (with "de", "del" inside); a list that goes on
         * after the name after "and" with a comma and a name is one of places and their countries ("Lima, Peru and
         * Quito, Ecuador"), and a bracket or anything else between names ends the list unread. Sessions that recur
         * ("monthly meetings", "reuniones mensuales") are several in each place: 0.
         */
        private int sessionsByPlace(int qStart) {
            for (int k = start; k < qStart; k++) {
                if (lexicon.has("recurring", tokens.get(k))) {
                    return 0; // "Monthly meetings were held in Quetta, Peshawar and Multan": several in each place
                }
            }
            for (int k = start; k + 2 < qStart; k++) {
                if (tokens.get(k).type() != Token.Type.WORD || !lexicon.hasWord("session", tokens.get(k).lower())) {
                    continue;
                }
                int in = k + 1; // "workshops in", "workshops were held in": lower-case words up to "in"
                while (in < Math.min(qStart, k + 5) && !lexicon.has("session_in", tokens.get(in))
                        && tokens.get(in).type() == Token.Type.WORD && !capitalized(in)) {
                    in++;
                }
                if (in >= qStart || !lexicon.has("session_in", tokens.get(in))) {
                    continue;
                }
                int names = 0;
                boolean and = false;
                int i = in + 1;
                while (i < qStart && capitalized(i)) {
                    while (i < qStart && (capitalized(i) || lexicon.has("name_inner", tokens.get(i)) && capitalized(i + 1))) {
                        i++;
                    }
                    names++;
                    if (and) {
                        boolean pairs = i + 1 < qStart && tokens.get(i).is(",") && capitalized(i + 1);
                        return pairs || names < 2 || names > 12 ? 0 : names;
                    }
                    if (i < qStart && tokens.get(i).is(",")) {
                        i++;
                    }
                    if (i < qStart && lexicon.has("list_and", tokens.get(i))) {
                        and = true;
                        i++;
                    } else if (i > 0 && !tokens.get(i - 1).is(",")) {
                        break;
                    }
                }
                return 0;
            }
            return 0;
        }

        private boolean capitalized(int i) {
            return i < end && tokens.get(i).type() == Token.Type.WORD && Character.isUpperCase(tokens.get(i).text().charAt(0));
        }


        /**
         * "Trainers: 3 (SPC)", "Countries: 14": a count no noun follows, after a label naming people who ran the
         * activity or things, counts those (a label of participants stays a bare count, as before).
         */
        private Noun labelNoun(int qStart, Noun none) {
            int colon = qStart - 1;
            if (colon <= start || !tokens.get(colon).text().equals(":")) {
                return none;
            }
            int staff = lexicon.matchEndingAt(tokens, colon, "staff");
            int thing = lexicon.matchEndingAt(tokens, colon, "thing");
            int people = Math.max(lexicon.matchEndingAt(tokens, colon, "people"), lexicon.matchEndingAt(tokens, colon, "participant"));
            if (staff > 0 && staff >= thing && opensLabel(colon - staff)) {
                return new Noun(CountedKind.STAFF, colon - staff, colon, false);
            }
            return thing > people && opensLabel(colon - thing) ? new Noun(CountedKind.THING, colon - thing, colon, false) : none;
        }

        /** A label's word opens its sentence or follows a stop: not "trained in two groups: 48 in Zomba ...". */
        private boolean opensLabel(int first) {
            return first == start || tokens.get(first - 1).type() == Token.Type.PUNCT;
        }

        /** "18 + 7": a plus before another number adds it (the next count), it is no "or more". */
        private boolean addsANumber(int k) {
            return k < end && tokens.get(k).type() != Token.Type.PUNCT && numbers.read(tokens, k) != null;
        }

        /**
         * "Three webinars were held online ..., each attended by about 90": the number of sessions an earlier count
         * of this or the previous sentence gives, whose noun is a session word ("session" in the lexicon), else 0.
         */
        private int sessionsBefore(List<CountMention> out) {
            for (int i = out.size() - 1; i >= 0; i--) {
                CountMention m = out.get(i);
                if (m.sentence() < index - 1) {
                    break;
                }
                String counted = m.counted();
                if (m.count() != null && m.count() >= 2 && m.count() <= 20 && counted != null
                        && lexicon.hasWord("session", lastWord(counted))) {
                    return m.count();
                }
            }
            return 0;
        }

        private static String lastWord(String phrase) {
            int space = phrase.lastIndexOf(' ');
            return phrase.substring(space + 1).toLowerCase(Locale.ROOT);
        }

        /**
         * "22 debriefers from nine member countries took part": a cue after the counted people's origin still
         * touches their count (up to six words after "from", "of" or "representing", no punctuation between).
         */
        private boolean cueAfterOrigin(int last) {
            if (last >= end || !ORIGIN_WORDS.contains(tokens.get(last).lower())) {
                return false;
            }
            for (int k = last + 1; k < end && k <= last + 7 && tokens.get(k).type() != Token.Type.PUNCT; k++) {
                if (lexicon.matchAt(tokens, k, "cue_after") > 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "targeted 30", "planned for 30", "previstos para 30": a target, not a turnout; so is a count in a clause
         * about the future ("The Ministry will train a further 100 nurses later this year").
         */
        private boolean isPlanned(int qStart) {
            int k = qStart > start && PLANNED_GLUE.contains(tokens.get(qStart - 1).lower())
                    ? qStart - 1 : qStart;
            return lexicon.matchEndingAt(tokens, k, "planned") > 0 || inFutureClause(qStart);
        }

        /** A future cue before the count in its clause (back to the last punctuation mark). */
        private boolean inFutureClause(int qStart) {
            for (int k = qStart - 1; k >= start && tokens.get(k).type() != Token.Type.PUNCT; k--) {
                if (lexicon.matchAt(tokens, k, "future") > 0) {
                    return true;
                }
            }
            return false;
        }

        /** The longest qualifier cue right before the number ("more than", "alrededor de"), or exact. */
        private QualifierCue qualifierBefore(ParsedNumber n) {
            QualifierCue best = new QualifierCue(n.start(), Qualifier.EXACT);
            for (Qualifier candidate : QUALIFIERS) {
                int len = lexicon.matchEndingAt(tokens, n.start(), candidate.code());
                if (len > n.start() - best.start()) {
                    best = new QualifierCue(n.start() - len, candidate);
                }
            }
            return best;
        }

        /**
         * Where a range of counts that starts with n ends ("25-30", "25 to 30", "between 25 and 30",
         * "de 25 a 30"), or -1 when n starts none.
         */
        private int rangeEnd(ParsedNumber n) {
            int j = n.end();
            if (j + 1 >= end || n.value() == null) {
                return -1;
            }
            String connector = tokens.get(j).lower();
            boolean opened = n.start() > start && RANGE_OPENERS.contains(tokens.get(n.start() - 1).lower());
            if (!RANGE_DASHES.contains(connector) && !(opened && RANGE_AFTER_OPENER.contains(connector))) {
                return -1;
            }
            ParsedNumber upper = numbers.read(tokens, j + 1);
            return upper != null && upper.end() <= end && upper.value() != null && upper.value() > n.value()
                    ? upper.end() : -1;
        }

        /** A range of counts followed by people ("20-25 participants"), not of days ("20-25 May") or ages. */
        private boolean isRangeOfPeople(ParsedNumber n) {
            int r = rangeEnd(n);
            if (r < 0) {
                return false;
            }
            CountedKind kind = findNoun(r, false).kind;
            return kind == CountedKind.PARTICIPANTS || kind == CountedKind.PEOPLE;
        }

        /** "Forty (40) participants": the number restated in digits is part of this count. */
        private int skipRestatement(ParsedNumber n) {
            int j = n.end();
            if (j + 2 < end && tokens.get(j).is("(") && tokens.get(j + 2).is(")")) {
                ParsedNumber inner = numbers.read(tokens, j + 1);
                if (inner != null && inner.end() == j + 2 && n.value() != null && n.value().equals(inner.value())) {
                    return j + 3;
                }
            }
            return j;
        }

        private String joinText(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int k = from; k < to; k++) {
                if (k > from && !tokens.get(k).touches(tokens.get(k - 1))) {
                    sb.append(' ');
                }
                sb.append(tokens.get(k).text());
            }
            return sb.toString();
        }

        /** Not a count: a year, a date's day, an identifier, a range, a modifier ("two-day"), a time. */
        private boolean isCount(ParsedNumber n) {
            Token first = tokens.get(n.start());
            if (n.digits() && first.text().length() == 4 && n.value() != null && n.value() >= 1900 && n.value() <= 2100
                    && !headsAGroupOfPeople(n)) {
                return false;
            }
            if (lexicon.matchEndingAt(tokens, n.start(), "reference") > 0) {
                return false;
            }
            if (isRangeOfPeople(n)) {
                return true;
            }
            Token prev = n.start() > start ? tokens.get(n.start() - 1) : null;
            Token next = n.end() < end ? tokens.get(n.end()) : null;
            if (prev != null && first.touches(prev) && (prev.is("/") || prev.is("-") || prev.is(":") || prev.is("."))) {
                return false; // "E-078/11", "10:30", "AG/RES. 2286"-like identifiers
            }
            if (next != null && next.touches(tokens.get(n.end() - 1))
                    && (next.is("/") || next.is(":") || next.is("-") && n.end() + 1 < end)) {
                return false; // "2286/07", "10:30", "two-day", "20-21"
            }
            if (prev != null && (prev.is("-") || prev.is("–")) && n.start() >= 2
                    && tokens.get(n.start() - 2).type() == Token.Type.NUMBER && !descends(tokens.get(n.start() - 2), n)) {
                return false; // end of a range "17-21", "1 – 3" (a dateline's "2019 – 22 officers" is none)
            }
            if (n.value() != null && n.value() <= 31 && nearMonth(n)) {
                CountedKind kind = findNoun(n.end(), false).kind;
                return kind != CountedKind.NONE && kind != CountedKind.UNKNOWN; // "12 May" is a date, "12 May, 25 guards" is not
            }
            return true;
        }

        /** A number before a dash that is larger than n: "2019 – 22" is no range. */
        private static boolean descends(Token before, ParsedNumber n) {
            String t = before.text();
            return n.value() != null && t.length() <= 9 && t.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(t) > n.value();
        }

        /** "more than 2000 people", "attended by 1950 students": a year-like number that counts people. */
        private boolean headsAGroupOfPeople(ParsedNumber n) {
            Noun noun = n.end() < end ? nounAt(n.end()) : null;
            if (noun == null || noun.kind == CountedKind.THING || noun.kind == CountedKind.CAPACITY) {
                return false;
            }
            return qualifierBefore(n).qualifier() != Qualifier.EXACT || lexicon.matchEndingAt(tokens, n.start(), "cue_adjacent") > 0
                    || lexicon.matchEndingAt(tokens, n.start(), "cue") > 0;
        }

        private boolean nearMonth(ParsedNumber n) {
            for (int k = n.start() - 1, steps = 0; k >= start && steps < 5; k--, steps++) {
                if (lexicon.has("month", tokens.get(k))) {
                    return true;
                }
                if (!isDateGlue(tokens.get(k))) {
                    break;
                }
            }
            for (int k = n.end(), steps = 0; k < end && steps < 5; k++, steps++) {
                if (lexicon.has("month", tokens.get(k))) {
                    return true;
                }
                if (!isDateGlue(tokens.get(k))) {
                    break;
                }
            }
            return false;
        }

        private boolean isDateGlue(Token t) {
            return t.type() == Token.Type.NUMBER || DATE_GLUE.contains(t.lower());
        }

        /** The noun after a count; with shareWithList, "20, 20 and 24 participants" gives each number the noun. */
        private Noun findNoun(int from, boolean shareWithList) {
            boolean listOfNumbers = shareWithList;
            int modifiers = 0;       // "40 in-person and 85 online participants": words describing each count
            boolean joined = false;  // a coordinator since the last number
            int skipped = 0;         // tokens of those words, beyond the window
            for (int k = from; k < Math.min(end, from + NOUN_WINDOW + skipped); k++) {
                Token t = tokens.get(k);
                ParsedNumber next = t.type() != Token.Type.PUNCT ? numbers.read(tokens, k) : null;
                if (next != null && listOfNumbers && (modifiers == 0 || joined)) {
                    k = next.end() - 1; // "20, 20 and 24 participants": the numbers share the noun
                    modifiers = 0;
                    joined = false;
                    continue;
                }
                boolean coordinator = COORDINATORS.contains(t.lower()) || t.is("or") || t.is("o");
                int modifier = listOfNumbers && !coordinator && !joined && modifiers < 2 && next == null
                        ? lexicon.matchAt(tokens, k, "modifier") : 0;
                if (modifier > 0) {
                    modifiers++; // "12 national and 8 international experts", "20 male and 25 female officers"
                    skipped += modifier;
                    k += modifier - 1;
                    continue;
                }
                joined |= coordinator;
                listOfNumbers &= coordinator;
                if (BRACKETS.contains(t.text()) || next != null) {
                    break;
                }
                Noun noun = nounAt(k);
                if (noun != null) {
                    return noun;
                }
                if (lexicon.has("stop", t)) {
                    break;
                }
            }
            boolean wordFollows = from < end && tokens.get(from).type() == Token.Type.WORD
                    && !lexicon.has("stop", tokens.get(from));
            // An unknown noun is the one word after the count, so a cue after it still touches the
            // count's phrase: "More than 60 statisticians attended".
            boolean cueFollows = wordFollows && lexicon.matchAt(tokens, from, "cue_after") > 0;  // "22 attended"
            int session = wordFollows && !cueFollows && from + 1 < end ? lexicon.matchAt(tokens, from + 1, "session") : 0;
            if (session > 0) {
                return new Noun(CountedKind.THING, from, from + 1 + session, false); // "two youth camps": sessions
            }
            return new Noun(wordFollows ? CountedKind.UNKNOWN : CountedKind.NONE, from,
                    wordFollows && !cueFollows ? unknownNounEnd(from) : from, false);
        }

        /**
         * The end of an unknown noun starting at from: one word, or up to three when a cue follows them
         * ("35 revenue collectors were trained", "Eighteen young biologists trained"), so that the cue
         * still touches the count's phrase.
         */
        private int unknownNounEnd(int from) {
            for (int e = from + 2; e <= Math.min(end, from + 3); e++) {
                Token w = tokens.get(e - 1);
                if (w.type() != Token.Type.WORD || lexicon.has("stop", w) || numbers.isNumberWord(w)) {
                    break;
                }
                if (e < end && (lexicon.matchAt(tokens, e, "cue_after") > 0 || cueAfterOrigin(e))) {
                    return e;
                }
            }
            return from + 1;
        }

        /** The counted noun starting at k, if any: the longest phrase of the people/thing lists. */
        private Noun nounAt(int k) {
            int thing = lexicon.matchAt(tokens, k, "thing");
            int people = Math.max(lexicon.matchAt(tokens, k, "people"), lexicon.matchAt(tokens, k, "participant"));
            int capacity = lexicon.matchAt(tokens, k, "capacity");
            if (people > 0 && people >= thing && people >= capacity) {
                // "two youth camps", "three teacher workshops": people naming the sessions they are for
                int after = Math.max(lexicon.matchAt(tokens, k + people, "thing"), lexicon.matchAt(tokens, k + people, "session"));
                // "60 participants per webinar": a stop word ("per", "por") opens a ratio, not a compound's noun
                if (after > 0 && !(k + people < end && lexicon.has("stop", tokens.get(k + people)))) {
                    return new Noun(CountedKind.THING, k, k + people + after, false); // "police stations"
                }
                CountedKind kind = lexicon.matchAt(tokens, k, "participant") == people ? CountedKind.PARTICIPANTS
                        : lexicon.matchAt(tokens, k, "staff") == people ? CountedKind.STAFF
                        : lexicon.matchAt(tokens, k, "population") == people ? CountedKind.POPULATION : CountedKind.PEOPLE;
                return new Noun(kind, k, k + people, lexicon.matchAt(tokens, k, "breakdown") > 0);
            }
            if (capacity > 0 && capacity >= thing) {
                return new Noun(CountedKind.CAPACITY, k, k + capacity, false);
            }
            if (thing > 0) {
                int people2 = lexicon.matchAt(tokens, k + thing, "people");
                // "nine countries completed": a verb naming people ("97 completed") is no compound's noun
                boolean verb = people2 > 0 && lexicon.matchAt(tokens, k + thing, "verb_people") == people2;
                // "dos visitas técnicas": a Spanish adjective after the thing, not a compound's people
                boolean adjective = people2 > 0 && lexicon.matchAt(tokens, k + thing, "adjective") == people2;
                return people2 > 0 && !verb && !adjective // "NGO representatives", "member state delegates"
                        ? new Noun(CountedKind.PEOPLE, k, k + thing + people2, false)
                        : new Noun(CountedKind.THING, k, k + thing, false);
            }
            return null;
        }

        /** "... bringing the total trained since 2016 to 1,450": a count after "since" and a year is a running total. */
        private boolean runningTotalBefore(int k) {
            for (int j = start; j < k; j++) {
                if (isYear(tokens.get(j)) && lexicon.matchEndingAt(tokens, j, "running_from") > 0) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isYear(Token t) {
            return t.type() == Token.Type.NUMBER && t.text().length() == 4 && t.text().chars().allMatch(Character::isDigit)
                    && Integer.parseInt(t.text()) >= 1900 && Integer.parseInt(t.text()) <= 2100;
        }

        private boolean namesOnlyEarlierYears(Integer referenceYear) {
            if (referenceYear == null) {
                return false;
            }
            boolean earlier = false;
            for (int k = start; k < end; k++) {
                Token t = tokens.get(k);
                // "trained since 2016": a running total up to now (see runningTotalBefore), no earlier event
                if (isYear(t) && lexicon.matchEndingAt(tokens, k, "running_from") == 0) {
                    if (Integer.parseInt(t.text()) >= referenceYear) {
                        return false;
                    }
                    earlier = true;
                }
            }
            return earlier;
        }
    }

    private record QualifierCue(int start, Qualifier qualifier) {}

    /** What a whole sentence says: it ties its counts to taking part, states a total, or is about another event. */
    private record SentenceCues(boolean cue, boolean total, boolean background) {}

    private record Noun(CountedKind kind, int start, int end, boolean breakdown) {}
}

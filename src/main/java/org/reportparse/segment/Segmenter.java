package org.reportparse.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.date.DateAnnotator;
import org.reportparse.annotate.date.DateMention;
import org.reportparse.annotate.date.PartialDate;
import org.reportparse.extract.Block;
import org.reportparse.extract.BlockKind;
import org.reportparse.extract.ExtractedDocument;

/**
 * Stage 2: splits a document into the report header and one {@link Section} per activity.
 *
 * <p>An activity starts at a title-like line followed by date/place lines or labels, at a date
 * header line followed by a title, at a title followed by prose that dates an event, at a bullet
 * that names a dated event, at each row of an activity table, or at a label/value form. A
 * document with none of these is one activity (a press release).
 */
public final class Segmenter {
    /**
     * A capitalized name, lower-case joining words allowed inside: "Port of Spain", "Santa Cruz de la Sierra",
     * "Dar es Salaam", "Ras al Khaimah".
     */
    private static final String NAME = "[\\p{Lu}][\\p{L}.'’\\-]*(?:\\s+(?:[\\p{Lu}][\\p{L}.'’\\-]*"
            + "|(?:de|del|la|las|los|el|es|al|le|les|of|the|upon|on|da|do|dos|das|di|du|des|sur|am|im)(?=\\s+[\\p{Lu}])))*";
    /**
     * Names separated by commas, "and"/"y"/"&", or a parenthesized country: "La Paz, Cochabamba and Trinidad",
     * "Kingstown, Saint Vincent and the Grenadines".
     */
    private static final String NAMES = NAME + "(?:(?:\\s*[,;]\\s*|\\s+(?:and|y|&)\\s+(?:the\\s+(?=\\p{Lu}))?|\\s*\\(\\s*)"
            + NAME + "\\)?)*";
    /** A dateline's place before its date: "Lima, Peru, ", "GENEVA (" (the date in brackets), "Quito - el ". */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^" + NAMES + "[,.]?\\s*(?:[-–—]\\s*)?(?:on\\s+|el\\s+|\\()?$");
    /** A clause of place names: "Córdoba, Argentina", "San José (Costa Rica)", "Washington, D.C". */
    private static final Pattern PLACE_CLAUSE = Pattern.compile(NAMES + "[.,]?");
    /** "GRENADA: Young climate ambassadors trained": a capitalized lead-in naming a country or topic. */
    private static final Pattern CAPS_PREFIX = Pattern.compile("^[\\p{Lu}][\\p{Lu} &'’.-]+:\\s");
    /**
     * After a dateline's date: " – ", ".-" in Spanish releases, ": ", ") –" after "GENEVA (12 March 2019", an agency
     * ("(OEA) –", "/PRNewswire/ --"), or the place when the date comes first ("3 May 2016, Lima – ").
     */
    private static final Pattern DATELINE_DASH = Pattern.compile("(?:\\s*,\\s*" + NAMES + ")?[\\])]?\\.?\\s*"
            + "(?:\\([^()]{1,40}\\)\\s*|/[^/\\n]{1,40}/\\s*)?(?:[-–—]+|:)\\s*\\p{Lu}");
    /** "[Lima, ...", "(Lima, ...": a dateline's place opening in a bracket. */
    private static final Pattern OPENING_BRACKET = Pattern.compile("^\\s*[\\[(]");
    /** "Lima, Peru. 3 May 2016. Thirty officials ...": after a place and its date, a full stop ends a dateline too. */
    private static final Pattern DATELINE_STOP = Pattern.compile("[\\])]?\\.\\s+\\p{Lu}");
    /** "On 20 June ...", "En marzo ...": a sentence opening, not a place before a date. */
    private static final Pattern LEADING_PREPOSITION = Pattern.compile(
            "(?:On|In|From|During|Between|Since|Until|By|At|Before|After|En|Desde|Durante|Entre|Hasta|Por)\\b");
    /** The whole of what stands before a sentence's opening date: "On", "El" (15 de febrero), "The" (3rd of May). */
    private static final Pattern SENTENCE_OPENER = Pattern.compile("(?:" + LEADING_PREPOSITION.pattern() + ")|El|The");
    /** A dash between spaces inside a title line: " – ", " - ", " — ". */
    private static final Pattern TITLE_DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("\\.\\s+|\\s[–—-]\\s");
    /** A lower-case word of four letters or more: prose ("organised with ...", "delivered by ...") rather than a place. */
    private static final Pattern PROSE_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}{4,}");
    /** "3. ", "2.1 ", "IV. ", "B. ", and with a word before the number: "Activity 1: ", "Actividad 2 – ". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:(?:[Aa]ctivity|ACTIVITY|[Aa]ctividad|ACTIVIDAD|[Ee]vent|[Ee]vento)\\s+"
            + "(?:\\d+(?:\\.\\d+)*|[IVX]+)\\s*[.:–—-]?|\\d+(?:\\.\\d+)*\\.?|[IVX]+\\.|[A-H]\\.)\\s+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+(?=[\\p{Lu}\"“¿(])");
    private static final int MAX_TITLE = 200;
    /** Precompiled: String.split and replaceAll compile their regex on every call, and these run per unit. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[:.]+$");
    private static final Pattern SPACE_OR_PUNCT = Pattern.compile("[\\s\\p{Punct}–—]");

    private final DateAnnotator dates;
    private final Labels labels;
    private final ActivityWords words;
    private final List<String> sectionHeadings;
    /** Section headings over prose that may tell the publisher's own activities (section-headings.tsv "ours"). */
    private final List<String> ourHeadings;
    /** Headings of a part of one activity's write-up (section-headings.tsv "part"). */
    private final List<String> partHeadings;
    /** "Coming up", "Upcoming events": headings over events still to come. */
    private final List<String> futureHeadings;
    /** "FOR IMMEDIATE RELEASE", "Comunicado de prensa": a release's markers, never a title. */
    private final List<String> releaseMarkers;
    /** How many characters of a unit's text matchesHeading reads. */
    private final int headingReach;
    private final LaterActivities laterActivities;

    public Segmenter(DateAnnotator dates, Labels labels, ActivityWords words) {
        this.dates = dates;
        this.labels = labels;
        this.words = words;
        List<String[]> headings = Resources.tsv("section-headings.tsv");
        // a part heading alone is no section heading ("Partners meeting" may start an activity), except
        // those also flagged "section" ("Background")
        this.sectionHeadings = headingsFlagged(headings, r -> !hasFlag(r, "part") || hasFlag(r, "section"));
        this.ourHeadings = headingsFlagged(headings, r -> hasFlag(r, "ours"));
        this.partHeadings = headingsFlagged(headings, r -> hasFlag(r, "part"));
        this.futureHeadings = headingsFlagged(headings, r -> hasFlag(r, "future"));
        this.releaseMarkers = headingsFlagged(headings, r -> hasFlag(r, "marker"));
        // room for the longest heading, a section number before it and the character after it
        this.headingReach = 64 + headings.stream().mapToInt(r -> r[0].strip().length()).max().orElse(0);
        this.laterActivities = new LaterActivities(words);
    }

    private static List<String> headingsFlagged(List<String[]> rows, Predicate<String[]> keep) {
        return rows.stream().filter(keep).map(r -> Resources.fold(r[0].strip())).toList();
    }

    private static boolean hasFlag(String[] row, String flag) {
        return Arrays.stream(row, 1, row.length).anyMatch(f -> f.strip().equals(flag));
    }

    /** "3. Comments", "Events of other organisations", "COMING UP": a heading of the report's own structure. */
    private boolean isSectionHeading(String title) {
        String key = headingKey(title); // once for the three tests
        return startsWithHeading(key, sectionHeadings) || isActivityListKey(key) || namesReport(title, key);
    }

    /**
     * "Annual Report 2015", "Quarterly update, January–March 2016", "Informe de actividades 2019": a line
     * naming the report itself (a word of report-names.tsv and no activity), never an activity's title.
     */
    private boolean namesReport(String title) {
        return namesReport(title, headingKey(title));
    }

    private boolean namesReport(String title, String key) {
        for (String w : LIST_HEADING_SPLIT.split(key)) {
            if (REPORT_NAMES.contains(w)) {
                return !words.mentionsActivity(title);
            }
        }
        return false;
    }

    private static final Set<String> REPORT_NAMES = Set.copyOf(Resources.foldedWords("report-names.tsv"));

    /** A heading's words for matching: folded, without its number and trailing stops. */
    private static String headingKey(String title) {
        return TRAILING_STOPS.matcher(Resources.fold(SECTION_NUMBER.matcher(title.strip()).replaceFirst(""))).replaceAll("")
                .strip();
    }

    /**
     * Whether a unit's text opens with one of the headings. Only its first headingReach characters
     * are read: a heading is matched at the start, and folding whole paragraphs for it was 5% of
     * segmentation.
     */
    private boolean matchesHeading(String title, List<String> headings) {
        String opening = title.length() > headingReach ? title.substring(0, headingReach) : title;
        return startsWithHeading(headingKey(opening), headings);
    }

    /** Whether a heading key (see headingKey) is one of the headings, alone or followed by more words. */
    private static boolean startsWithHeading(String t, List<String> headings) {
        for (String h : headings) {
            // the heading itself, or the heading and more words ("Comments on ...")
            if (t.startsWith(h) && (t.length() == h.length() || t.charAt(h.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    public SegmentedDocument segment(ExtractedDocument doc, String language) {
        List<Unit> units = units(doc, language);
        int[] titleOf = starts(units, language);
        List<Section> sections = new ArrayList<>();
        int firstSection = -1;
        Section open = null;          // a HEADED section still collecting units
        List<Unit> openUnits = new ArrayList<>();
        boolean underOurHeading = false;
        boolean underFuture = false;  // under "Coming up" and the like, until the next title-like line
        List<Unit> orphans = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            List<Section> fromTable = u.isTable() ? tableSections(u, k > 0 ? units.get(k - 1) : null, doc.text(), sections.size())
                    : List.of();
            if (formUnderTitle(fromTable, open, openUnits)) {
                openUnits.add(u); // "Training of ... / Dates | 18-22 February / Venue | Niamey": the heading's form
                continue;
            }
            int startTitle = fromTable.isEmpty() ? titleOf[k] : -1;
            // a dated bullet under "3. PLANNED FOR NEXT QUARTER" is one of the events to come, not a heading after them
            if (u.titleLike() && !(underFuture && u.block().kind() == BlockKind.LIST_ITEM && u.hasDate())) {
                underFuture = matchesHeading(u.text(), futureHeadings);
            }
            boolean bullet = fromTable.isEmpty() && startTitle < 0 && !underFuture && isEventBullet(u, language)
                    && !(k > 0 && titleOf[k - 1] == k - 1 && headsOneBullet(units, k - 1));
            // "Key outcomes" under an activity's title is part of it, not the end of it
            // "Activity 1.1.2: Radio talk shows" after a record's prose: the next record, dated or not
            boolean secondTitle = open != null && u.isLabel("title") && openUnits.stream().anyMatch(x -> x.isLabel("title"));
            // "• 26 officers from 9 districts trained" under "Training of district nutrition officers / • Mwanza, 7–11 May":
            // a bullet that starts nothing, in a list under the title, is one of the open activity's points
            boolean partOfOpen = open != null && u.titleLike() && (partHeadings.contains(headingKey(u.text()))
                    || u.block().kind() == BlockKind.LIST_ITEM && !numbered(u, doc.text()) && !isSectionHeading(u.text())
                    && underTitleOrItem(units.get(k - 1))
                    || isPlaceLine(u) && inHeader(openUnits) // "Kampala, Uganda" under the title and date line
                    || unknownField(u) && openUnits.stream().anyMatch(Unit::isLabel) // "Format: online" among labels
                    || listedUnderLabel(u, openUnits, doc.text())); // "Partners:" alone on its line, then a name a line
            // "February 2019" over the paragraphs of that month's activities is none of January's
            boolean headsNext = u.dateLine() && k + 1 < units.size() && titleOf[k + 1] == k + 1 && !units.get(k + 1).titleLike();
            boolean ends = !fromTable.isEmpty() || startTitle >= 0 || bullet || secondTitle || headsNext
                    || endsSection(u) && !partOfOpen;
            if (ends && open != null) {
                sections.add(close(open, openUnits, doc.text(), language));
                open = null;
                openUnits.clear();
            }
            if (!fromTable.isEmpty() || startTitle >= 0 || bullet) {
                firstSection = firstSection < 0 ? k : firstSection;
            }
            if (!fromTable.isEmpty()) {
                sections.addAll(fromTable);
            } else if (startTitle >= 0) {
                Unit title = units.get(startTitle);
                Span runIn = title.titleLike() ? null : runInHead(title);
                Span titleSpan = title.titleLike() ? title.span() : runIn != null ? runIn
                        : new Span(title.span().start(), title.span().start() + opening(title.text(), 1, language).length());
                Span ownTitle = null; // a label record's title is its title label's value, read when the section closes
                List<Span> tail = List.of();
                List<Span> prose = List.of();
                Span placeLine = null;
                if (!title.isLabel()) {
                    int head = title.titleLike() ? dateHead(title.text(), title.dates(), title.span().start(), true) : 0;
                    Span rest = head > 0 ? firstSentence(new Span(titleSpan.start() + head, titleSpan.end()), doc.text())
                            : stripNumber(titleSpan, doc.text());
                    if (head > 0 && !TITLE_DASH.matcher(doc.text()).region(rest.start(), rest.end()).find()) {
                        // "Mar. 3–4: Pitch clinic for young founders, Bridgetown, Barbados (26 participants).": the
                        // name of the activity, then its place (a header line) and prose ("Launch of the Youth
                        // Policy — Kingston": a dash sets the place off, see splitPlaceDateTail)
                        Span name = nameClause(rest, doc.text());
                        int a = skipPunctuation(doc.text(), name.end(), rest.end()); // the sentence after: close()
                        Span after = trim(new Span(a, rest.end()), doc.text());
                        int places = after.length() > 0 ? placesAfter(after, doc.text()) : after.start();
                        if (places > after.start()) {
                            placeLine = trim(new Span(after.start(), places), doc.text());
                        }
                        prose = new ArrayList<>();
                        int p = skipPunctuation(doc.text(), places, after.end());
                        if (p < after.end()) {
                            prose.add(trim(new Span(p, after.end()), doc.text()));
                        }
                        int next = skipPunctuation(doc.text(), rest.end(), title.span().end());
                        if (name.end() < rest.end() && next < title.span().end()) {
                            prose.add(trim(new Span(next, title.span().end()), doc.text())); // close() reads it after a whole name
                        }
                        rest = name;
                    }
                    List<Span> titleAndTail = splitPlaceDateTail(rest, title, doc.text());
                    ownTitle = titleAndTail.get(0);
                    tail = new ArrayList<>(titleAndTail.subList(1, titleAndTail.size()));
                    if (head > 0) {
                        tail.add(0, title.dates().get(0).span()); // "14 April 2017 — Launch of ...": its date heads it
                    }
                    if (placeLine != null) {
                        tail.add(placeLine);
                    }
                }
                open = new Section(sections.size(), u.span(), ownTitle, SectionKind.HEADED, List.of(), tail, prose);
                openUnits.add(u);
                if (startTitle != k) {
                    openUnits.add(title);
                    k = startTitle;
                }
            } else if (bullet) {
                Section b = bulletSection(u, doc.text(), sections.size());
                // "• Workshop (Lima, 3-4 October 2018)" over "   ◦ 35 officers trained", "   ◦ Partners: UNDP": its items
                List<Labeled> subLabels = new ArrayList<>(b.labels());
                List<Span> subBody = new ArrayList<>(b.body());
                int end = b.span().end();
                // and, after a numbered paragraph of prose that opens on its date, the numbered paragraphs of prose
                // that go on telling it ("2. The workshop was funded by ...", UN style)
                boolean numberedProse = openingSentenceDated(u, u.text());
                while (k + 1 < units.size() && (isSubItem(units.get(k + 1), u) || numberedProse && goesOn(units.get(k + 1), u))
                        && titleOf[k + 1] < 0 && !isEventBullet(units.get(k + 1), language)) {
                    Unit sub = units.get(++k);
                    if (sub.label() != null) {
                        subLabels.addAll(labeled(sub, doc.text()));
                    } else {
                        subBody.add(sub.span());
                    }
                    end = sub.span().end();
                }
                sections.add(end == b.span().end() ? b : new Section(b.index(), new Span(b.span().start(), end), b.title(),
                        b.kind(), subLabels, b.headerLines(), subBody));
            } else if (open != null) {
                openUnits.add(u);
            } else if (underOurHeading) {
                orphans.add(u);
            }
            if (open != null) {
                underOurHeading = false;
            } else if (ends) {
                underOurHeading = u.titleLike() && (matchesHeading(u.text(), ourHeadings) || isActivityListHeading(u.text()));
            }
        }
        if (open != null) {
            sections.add(close(open, openUnits, doc.text(), language));
        }
        // prose under "Other events" and the like belongs to no section: its dated sentences may start activities
        sections.addAll(datedSentenceSections(orphans, doc.text(), language, 1, true));
        sections.sort(Comparator.comparingInt(s -> s.span().start()));
        List<Section> withNotes = laterActivities.split(TableNotes.attach(sections, units, doc.text(), language, words),
                units, doc.text(), language);
        withNotes = ClosingCredits.attach(withNotes, units, doc.text(), language, words);
        sections.clear();
        sections.addAll(withNotes);
        sections.removeIf(s -> CalledOff.tells(s, doc.text())); // "The conference ... was postponed to 2022"
        if (sections.size() == 1) {
            sections.set(0, reportOfOne(sections.get(0), units, doc.text()));
        }
        Section first = sections.isEmpty() ? null : sections.get(0);
        sections.removeIf(s -> isEmptyHeading(s, units));
        if (first != null && (sections.isEmpty() || sections.get(0) != first)) {
            firstSection = firstUnitOf(units, sections); // an empty heading above the first activity is the report's
        }
        // without a headed activity the header runs to the first paragraph of prose: a closing plan ("a third
        // workshop in early 2018") is no report period
        ReportHeader header = header(units, firstSection < 0 ? units.size() : firstSection,
                firstSection < 0 ? firstProseEnd(units) : firstSection, doc.text());
        if (sections.isEmpty()) {
            sections.addAll(datedParagraphSections(units, doc.text(), language));
        }
        if (sections.isEmpty()) {
            sections.addAll(datedSentenceSections(units, doc.text(), language, 2, false));
        }
        if (sections.isEmpty()) {
            wholeDocument(units, doc.text(), header, language).ifPresent(sections::add);
        }
        return new SegmentedDocument(header, named(renumber(sections), units, doc.text(), language));
    }

    /**
     * For each unit, the index of the title of the activity starting there, or -1. A second pass
     * lets siblings follow: a title laid out like titles that start activities (same block kind,
     * level, numbering, "COUNTRY:" prefix) starts one too when the prose under it gives a date,
     * even without a day or an activity word ("HAITI: Schools talk waste / In July, ..."), or when it
     * names an activity and its own months.
     */
    private int[] starts(List<Unit> units, String language) {
        int[] titleOf = new int[units.size()];
        Arrays.fill(titleOf, -1);
        Set<String> shapes = new HashSet<>();
        for (int k = 0; k < units.size(); k++) {
            titleOf[k] = units.get(k).isTable() ? -1 : headedStart(units, k, language);
            if (titleOf[k] >= 0) {
                shapes.add(shape(units.get(titleOf[k])));
                k = titleOf[k];
            }
        }
        for (int k = 0; k + 1 < units.size(); k++) {
            Unit u = units.get(k);
            if (titleOf[k] >= 0) {
                k = titleOf[k];
                continue;
            }
            Unit next = units.get(k + 1);
            // not the place line under a title ("Training of revenue collectors / Tamale, Ghana / On 4-5 November ...")
            if (u.titleLike() && !isSectionHeading(u.text()) && !announces(u.text()) && shapes.contains(shape(u))
                    && !(isPlaceLine(u) && k > 0 && canTitle(units.get(k - 1)))
                    && !next.titleLike() && !next.isTable() && !next.isLabel() && !next.dateLine() && !next.placeDate()
                    && (hasEventDate(next.dates(), next.span().start() + opening(next.text(), 2, language).length())
                    || seriesOfMonths(next, words.mentionsActivity(u.text()), language) || namesOwnMonths(u))
                    && !Plans.tells(opening(next.text(), 1, language)) // "The next meeting will be held on 25 May"
                    && (dayInOpening(next, language) || tellsActivity(u, next, language))) {
                titleOf[k] = k;
            }
        }
        labelRecords(units, titleOf);
        monthHeadings(units, titleOf, language);
        datedParagraphs(units, titleOf, language);
        return titleOf;
    }

    private static boolean dayInOpening(Unit u, String language) {
        int end = u.span().start() + opening(u.text(), 2, language).length();
        return hasDay(u.dates().stream().filter(d -> d.span().start() < end).toList());
    }

    /**
     * A sibling dated by a month alone tells an activity in its title or opening ("HAITI: Schools talk waste / In July,
     * volunteers gave a series of talks ..."); "Gestión institucional / La Confederación renovó su consejo directivo en
     * marzo" tells none.
     */
    private boolean tellsActivity(Unit title, Unit next, String language) {
        return words.tellsActivity(title.text()) || words.tellsActivity(opening(next.text(), 2, language));
    }

    /**
     * "March 2019" over paragraphs such as "Training of trainers on mental health first aid, Port of Spain, 5-7
     * March; 18 nurses trained.": under a line naming one month, a paragraph whose first sentence names an
     * activity and gives a day of that month is one, wherever the day stands in the sentence.
     */
    private void monthHeadings(List<Unit> units, int[] titleOf, String language) {
        DateMention month = null;
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (titleOf[k] >= 0 || u.titleLike() || u.isTable() || u.isLabel()) {
                month = null; // under a title or heading the paragraphs are that one's
                k = Math.max(k, titleOf[k]);
            } else if (u.dateLine()) {
                // not the date line under an activity's title ("Webinar series / September 2013")
                month = (k == 0 || !units.get(k - 1).titleLike() || titleOf[k - 1] < 0) && u.dates().size() == 1 && u.dates().get(0).start().day() == null && isEventDate(u.dates().get(0))
                        ? u.dates().get(0) : null;
            } else if (month != null && u.block().kind() == BlockKind.PARAGRAPH && !u.dates().isEmpty()) {
                String opening = opening(u.text(), 1, language);
                DateMention d = eventDayIn(u.dates(), u.span().start(), u.span().start() + opening.length());
                if (d != null && within(d, month) && words.mentionsActivity(opening) && !Plans.tells(opening)) {
                    titleOf[k] = k;
                }
            }
        }
    }

    /**
     * A record of label lines in any order ("Venue: ...", "Date: ...", "Title: ..."), with no title
     * line of its own above it, is an activity when it has a title label and a date or place: it
     * starts at its first label. A key seen again starts the next record, so records need no blank
     * line between them.
     */
    private static void labelRecords(List<Unit> units, int[] titleOf) {
        boolean[] titled = new boolean[units.size()];
        for (int k = 0; k < units.size(); k++) {
            if (titleOf[k] >= 0) {
                titled[titleOf[k]] = true;
            }
        }
        int k = 0;
        while (k < units.size()) {
            boolean underTitle = k > 0 && (titled[k - 1] || titleOf[k - 1] >= 0);
            // the report's own period ("Período: enero-diciembre de 2019") heads no record
            if (!units.get(k).isLabel() || units.get(k).isLabel("period") || titleOf[k] >= 0 || underTitle) {
                k++;
                continue;
            }
            Set<String> keys = new HashSet<>();
            boolean dated = false;
            boolean named = false;
            int end = k;
            for (; end < units.size() && units.get(end).isLabel() && titleOf[end] < 0; end++) {
                Unit v = units.get(end);
                if (!keys.add(v.label().key()) && end > k) {
                    break;
                }
                dated |= v.hasDate() || v.isLabel("place");
                named |= v.isLabel("title") && !v.text().substring(v.label().valueStart()).isBlank();
            }
            // "Activity 1.1.1: Training of leaders / Status: Completed / In March 2021, the project trained ...":
            // prose that opens on its date dates the record above it
            dated |= named && end < units.size() && opensOnEventDate(units.get(end));
            if (dated && named) {
                titleOf[k] = k;
            }
            k = Math.max(end, k + 1);
        }
    }

    /** A paragraph of prose whose first sentence gives an event's date ("In March 2021, the project trained ..."). */
    private static boolean opensOnEventDate(Unit u) {
        if (u.titleLike() || u.isTable() || u.isLabel() || u.dates().isEmpty()) {
            return false;
        }
        Matcher stop = SENTENCE_BREAK.matcher(u.text());
        int end = u.span().start() + (stop.find() ? stop.start() : u.text().length());
        return hasEventDate(u.dates(), end);
    }

    /**
     * A progress report may describe a further activity in a paragraph of its own: "On 20 June 2008
     * the programme also held a round table in Quito ...". A prose paragraph inside an activity
     * whose opening gives another day than the activity's own header and names an activity starts
     * one; its first sentence is its title.
     */
    private void datedParagraphs(List<Unit> units, int[] titleOf, String language) {
        List<DateMention> headerDates = List.of();
        boolean inHeader = false;
        boolean beforeAny = true; // no activity started yet: the report's header and introduction
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (titleOf[k] >= 0) {
                beforeAny = false;
                List<DateMention> ds = new ArrayList<>(u.dates());
                ds.addAll(units.get(titleOf[k]).dates());
                headerDates = ds;
                inHeader = true;
                k = titleOf[k];
                continue;
            }
            if (u.isLabel() || u.dateLine() || u.placeDate()) {
                if (inHeader && !u.isLabel("period") && !u.isLabel("ignore")) {
                    headerDates = new ArrayList<>(headerDates);
                    headerDates.addAll(u.dates());
                }
                continue;
            }
            boolean firstProse = inHeader;
            inHeader = false;
            if (u.titleLike() && endsSection(u) && !partHeadings.contains(headingKey(u.text()))) {
                headerDates = List.of(); // after "Outlook" the prose is in no activity
                continue;
            }
            DateMention lead = beforeAny ? leadStory(units, k, titleOf, language) : null;
            if (lead != null) {
                titleOf[k] = k;
                beforeAny = false;
                headerDates = List.of(lead);
                continue;
            }
            List<DateMention> own = headerDates;
            if (firstProse && !u.titleLike() && !u.isTable()) {
                // a press release dates its activity in its first paragraph ("Suva - 21 March - ... graduated today")
                headerDates = new ArrayList<>(headerDates);
                headerDates.addAll(u.dates());
            }
            if (own.isEmpty() || u.titleLike() || u.isTable()
                    || u.block().kind() != BlockKind.PARAGRAPH || u.dates().isEmpty()) {
                continue;
            }
            String opening = opening(u.text(), 1, language);
            int openingEnd = u.span().start() + opening.length();
            DateMention d = eventDayIn(u.dates(), u.span().start(), openingEnd);
            if (d == null) {
                continue;
            }
            boolean early = d.span().start() - u.span().start() <= 60;
            boolean other = own.stream().noneMatch(h -> sameDays(d, h));
            // "Earlier this year, the Academy organized a regional dialogue in Tonga (4-5 February 2019)": an
            // activity introduced with an indefinite article is another one, wherever its date stands; the
            // first paragraph under a dated header tells that header's activity unless it introduces another
            boolean named = early && !firstProse ? words.mentionsActivity(opening) : words.introducesActivity(opening);
            // "El taller, que se inició el lunes 11 de marzo, ...": the activity already told, a few days off its date
            boolean toldAgain = tellsAgain(opening, d, own);
            // "On election day, 20 May, the Mission will visit ...": a plan, no activity held
            if (other && named && !toldAgain && !underRunInHeading(opening) && !Plans.tells(opening)) {
                titleOf[k] = k;
                headerDates = List.of(d);
            }
        }
    }

    /**
     * A newsletter's lead story before its headed items: "Last month, on 20 February, the Network held its annual
     * partners' forum in Nadi." A paragraph of prose after the report's title, before any activity, whose opening
     * names an activity and gives its day early, when headed activities follow (a press release's lead is its one
     * activity, which the whole-document rule finds). Its date, or null.
     */
    private DateMention leadStory(List<Unit> units, int k, int[] titleOf, String language) {
        Unit u = units.get(k);
        if (k == 0 || u.titleLike() || u.block().kind() != BlockKind.PARAGRAPH || u.dates().isEmpty()) {
            return null;
        }
        String opening = opening(u.text(), 1, language);
        DateMention d = eventDayIn(u.dates(), u.span().start(), u.span().start() + opening.length());
        if (d == null || d.span().start() - u.span().start() > 60 || !words.mentionsActivity(opening)
                || words.refersBack(opening) || Plans.tells(opening)) {
            return null;
        }
        for (int j = k + 1; j < titleOf.length; j++) {
            if (titleOf[j] >= 0) {
                return d;
            }
        }
        return null;
    }

    /** A date-headed line's title: its first sentence ("March 3: Consultation ..., Kingston. 27 attended."). */
    private static Span firstSentence(Span rest, String text) {
        Matcher m = STOP_AFTER.matcher(text).region(rest.start(), rest.end());
        return m.find() ? new Span(rest.start(), m.start()) : rest; // the lookahead needs a character after the stop
    }

    /** A full stop ending a sentence, before a capital, a digit or a quote. */
    private static final Pattern STOP_AFTER = Pattern.compile("\\.\\s+(?=[\\p{Lu}\\d\"“(])");

    /** "Upcoming: Forum on remittances, 15 July": a run-in heading of the report's own, not over its activities. */
    private boolean underRunInHeading(String opening) {
        int colon = opening.indexOf(':');
        if (colon < 0 || colon > 40) {
            return false;
        }
        String head = opening.substring(0, colon);
        return matchesHeading(head, sectionHeadings) && !matchesHeading(head, ourHeadings);
    }

    /** d falls inside the range h gives (same year or no year known). */
    /** The same date, or one holding the other: d tells no day that h has not told already. */
    static boolean sameDays(DateMention d, DateMention h) {
        return h.start().equals(d.start()) || h.span().overlaps(d.span()) || within(d, h) || within(h, d);
    }

    private static boolean within(DateMention d, DateMention h) {
        PartialDate a = h.start();
        PartialDate b = h.end();
        PartialDate x = d.start();
        if (a.month() == null || b.month() == null || x.month() == null) {
            return false;
        }
        int xs = x.month() * 40 + (x.day() == null ? 0 : x.day());
        int as = a.month() * 40 + (a.day() == null ? 0 : a.day());
        int bs = b.month() * 40 + (b.day() == null ? 39 : b.day());
        return as <= xs && xs <= bs;
    }

    /** Layout signature of a title line, to recognize its siblings. */
    private static String shape(Unit u) {
        String t = u.text().strip();
        return u.block().kind() + "/" + u.block().level()
                + (SECTION_NUMBER.matcher(t).find() ? "/numbered" : "")
                + (CAPS_PREFIX.matcher(t).find() ? "/caps-prefix" : "")
                + (t.equals(t.toUpperCase(Locale.ROOT)) ? "/caps" : "");
    }

    /**
     * A first sentence that tells activities held over a few months ("Entre agosto y octubre se realizaron mesas
     * de trabajo en Antofagasta, Concepción y Temuco"): a series, dated by its months. Under a title that names
     * the activity ("Virtual mentoring programme"), the months alone date it ("From May to July the network paired ...").
     */
    private boolean seriesOfMonths(Unit u, boolean titleNamesActivity, String language) {
        String opening = opening(u.text(), 1, language);
        int end = u.span().start() + opening.length();
        return u.dates().stream().anyMatch(d -> d.span().start() < end && d.start().month() != null
                && d.start().day() == null && d.end().month() != null && monthsBetween(d) <= 3)
                && (titleNamesActivity || words.tellsActivity(opening));
    }

    /**
     * A sibling title that names an activity and gives its own few months ("Online course on targeting
     * (October-November 2017)" after titles dated by day): a course or programme run over months.
     */
    private boolean namesOwnMonths(Unit title) {
        return title.dates().stream().anyMatch(d -> d.start().month() != null && d.end().month() != null
                && monthsBetween(d) <= 3) && words.mentionsActivity(title.text());
    }

    private static boolean hasEventDate(List<DateMention> ds, int before) {
        return ds.stream().anyMatch(d -> d.span().start() < before && isEventDate(d));
    }

    // ------------------------------------------------------------------ units

    private List<Unit> units(ExtractedDocument doc, String language) {
        String text = doc.text();
        List<Unit> units = new ArrayList<>();
        Map<Integer, List<List<Block>>> tables = new LinkedHashMap<>();
        for (Block b : doc.blocks()) {
            if (b.isCell()) {
                List<List<Block>> rows = tables.get(b.table());
                if (rows == null) {
                    rows = new ArrayList<>();
                    tables.put(b.table(), rows);
                    units.add(new Unit(b, b.span(), "", null, List.of(), false, false, false, rows));
                }
                while (rows.size() <= b.row()) {
                    rows.add(new ArrayList<>());
                }
                rows.get(b.row()).add(b);
                continue;
            }
            String t = b.span().of(text);
            Labels.LineLabel label = b.kind() == BlockKind.HEADING ? null : labels.atLineStart(t).orElse(null);
            List<DateMention> ds = dates.find(text, b.span().start(), b.span().end(), language);
            boolean datedTitle = label == null && b.kind() != BlockKind.LIST_ITEM && dateHead(t, ds, b.span().start(), false) > 0;
            boolean placeDate = label == null && !datedTitle && isPlaceDateLine(t, ds, b.span().start())
                    && !words.mentionsActivity(t.substring(0, ds.get(0).span().start() - b.span().start()));
            boolean dateLine = label == null && !datedTitle && !placeDate && isDateLine(t, ds, b.span().start());
            boolean titleLike = datedTitle || label == null && !dateLine && !placeDate && isTitleLike(b, t);
            units.add(new Unit(b, b.span(), t, label, ds, dateLine, placeDate, titleLike, null));
        }
        // A table unit's span covers all its cells.
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.isTable()) {
                int start = u.table().get(0).isEmpty() ? u.span().start() : u.table().get(0).get(0).span().start();
                int end = start;
                for (List<Block> row : u.table()) {
                    for (Block c : row) {
                        end = Math.max(end, c.span().end());
                    }
                }
                units.set(i, new Unit(u.block(), new Span(start, end), "", null, List.of(), false, false, false, u.table()));
            }
        }
        datedTitleSiblings(units);
        return units;
    }

    private static boolean isDateLine(String t, List<DateMention> ds, int offset) {
        if (ds.isEmpty() || t.length() > 140) {
            return false;
        }
        // letters against letters: "(October-November 2017)" is not half of "Online course on targeting (...)"
        int covered = 0;
        for (DateMention d : ds) {
            for (int i = d.span().start() - offset; i < d.span().end() - offset; i++) {
                covered += Character.isLetterOrDigit(t.charAt(i)) ? 1 : 0;
            }
        }
        int first = ds.get(0).span().start() - offset;
        int letters = SPACE_OR_PUNCT.matcher(t).replaceAll("").length();
        boolean dateFirst = first <= 2 || first <= 40 && onlyDateLeads(t.substring(0, first));
        return dateFirst && !sentenceAfter(t, ds.get(ds.size() - 1).span().end() - offset) || covered * 2 >= letters;
    }

    /**
     * Where the title starts in a line that opens with its date, then a dash or colon, then an
     * activity's name ("14 April 2017 — Launch of the Youth Policy — Kingston, Jamaica",
     * "2-4 May 2017: Training of trainers"), or 0 for other lines.
     */
    private int dateHead(String t, List<DateMention> ds, int offset, boolean nameOnly) {
        if (ds.isEmpty() || t.length() > MAX_TITLE || ds.get(0).span().start() - offset > 0) {
            return 0;
        }
        Matcher sep = DATE_HEAD_END.matcher(t).region(ds.get(0).span().end() - offset, t.length());
        if (!sep.lookingAt() || sep.end() >= t.length() || SENTENCE_BREAK.matcher(t).find(sep.end())) {
            return 0;
        }
        Matcher dash = TITLE_DASH.matcher(t).region(sep.end(), t.length());
        String name = t.substring(sep.end(), dash.find() ? dash.start() : t.length());
        return Character.isUpperCase(name.charAt(0)) && (nameOnly || words.mentionsActivity(name)) ? sep.end() : 0;
    }

    /**
     * In a list of "DATE — Activity — Place" lines, a line of the same shape names an activity even
     * without an activity word ("June 21, 2017 — Youth Parliament — Port of Spain"): same number of
     * dashes as a line that names one.
     */
    private void datedTitleSiblings(List<Unit> units) {
        Set<Long> shapes = new HashSet<>();
        for (Unit u : units) {
            if (u.titleLike() && dateHead(u.text(), u.dates(), u.span().start(), false) > 0) {
                shapes.add(TITLE_DASH.matcher(u.text()).results().count());
            }
        }
        if (shapes.isEmpty()) {
            return;
        }
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if ((u.dateLine() || u.placeDate()) && u.label() == null && u.block().kind() != BlockKind.LIST_ITEM
                    && dateHead(u.text(), u.dates(), u.span().start(), true) > 0
                    && shapes.contains(TITLE_DASH.matcher(u.text()).results().count())) {
                units.set(k, new Unit(u.block(), u.span(), u.text(), null, u.dates(), false, false, true, null));
            }
        }
    }

    /** The dash or colon after a line's leading date. */
    private static final Pattern DATE_HEAD_END = Pattern.compile("\s*(?:[-–—]|:)\s+");

    /** Words that may stand before a line's date: "Every Wednesday in" (date-leads.tsv). */
    private static final Set<String> DATE_LEADS = Set.copyOf(Resources.foldedWords("date-leads.tsv"));

    private static boolean onlyDateLeads(String before) {
        String[] words = SPACE_OR_PUNCT.split(Resources.fold(before)); // fold lower-cases too
        return Arrays.stream(words).allMatch(w -> w.isEmpty() || DATE_LEADS.contains(w));
    }

    /** "Between 3 and 14 March 2016 the roadshow visited ...": a date opening a sentence, not a date line. */
    private static boolean sentenceAfter(String t, int from) {
        int end = t.length();
        Matcher sentence = SENTENCE_BREAK.matcher(t);
        if (sentence.find(Math.min(from, t.length()))) {
            end = sentence.start(); // "3rd-5th September 2014, Dangriga, Belize. Organised with ..." stays a date line
        }
        return hasProseWords(t, Math.min(from, end), end, 3);
    }

    /** At least n lower-case words of four letters or more in t[from, end): prose, not a place or a date. */
    private static boolean hasProseWords(String t, int from, int end, int n) {
        Matcher w = PROSE_WORD.matcher(t).region(from, end);
        int words = 0;
        while (words < n && w.find()) {
            words++;
        }
        return words >= n;
    }

    private static boolean isPlaceDateLine(String t, List<DateMention> ds, int offset) {
        if (ds.isEmpty() || t.length() > 180 || t.contains("\n") && t.length() > 120) {
            return false;
        }
        if (!isEventDate(ds.get(0))) {
            return false;  // "Annual Report - 2009", "Semi-annual Report, January-June 2010": periods, not events
        }
        String before = t.substring(0, ds.get(0).span().start() - offset);
        // After its last date a place/date line carries at most a short tag ("2005 CIM/IOM"), not a sentence.
        String after = t.substring(Math.min(t.length(), ds.get(ds.size() - 1).span().end() - offset)).strip();
        return !before.isBlank() && before.length() <= 100 && PLACE_PREFIX.matcher(before).matches()
                && !LEADING_PREPOSITION.matcher(before).lookingAt() && (after.length() <= 40 || after.startsWith("("))
                && !SENTENCE_BREAK.matcher(t.substring(0, Math.min(t.length(), ds.get(0).span().end() - offset))).find();
    }

    private static boolean isTitleLike(Block b, String t) {
        if (t.isBlank() || t.length() > MAX_TITLE) {
            return false;
        }
        if (b.kind() == BlockKind.HEADING) {
            return true;
        }
        if (b.kind() == BlockKind.TABLE_CELL) {
            return false;
        }
        String s = t.strip();
        char c = s.charAt(0);
        if (!(Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'¿¡«".indexOf(c) >= 0)) {
            return false;
        }
        int wordCount = WHITESPACE.split(s).length;
        if (opensProse(s)) {
            return false; // "Con el apoyo del Banco Interamericano de Desarrollo (BID)"
        }
        if (wordCount > 28 || s.endsWith(".") && !s.endsWith("etc.") || s.endsWith(";") || s.endsWith(",")) {
            return false;
        }
        return !SENTENCE_BREAK.matcher(SECTION_NUMBER.matcher(s).replaceFirst("")).find(); // "B. Criminal justice", "Activity 1. Dialogue on ..."
    }

    private static final List<String> PROSE_OPENERS = Resources.foldedWords("prose-openers.tsv");

    /** A line opening with a phrase of prose-openers.tsv ("With the support of ..."). */
    private static boolean opensProse(String s) {
        // a wrapped line's break is a space ("With the\nsupport of ...")
        String head = WHITESPACE.matcher(Resources.fold(s.substring(0, Math.min(s.length(), 40)))).replaceAll(" ");
        for (String p : PROSE_OPENERS) {
            if (head.startsWith(p) && (head.length() == p.length() || head.charAt(p.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A heading's letter: "B. Criminal justice" (a period that ends no sentence). */
    private static final Pattern LETTER_NUMBER = Pattern.compile("^[A-H]\\.\\s+");

    // ------------------------------------------------------------------ starts and ends

    /**
     * The title unit of an activity starting at k, or -1: a title followed by date/place evidence,
     * a date header followed by a title, or a title followed by prose that dates an event.
     */
    private int headedStart(List<Unit> units, int k, String language) {
        Unit u = units.get(k);
        if (u.dateLine() && namesDay(u) && k + 1 < units.size() && canTitle(units.get(k + 1)) && !isPlaceLine(units.get(k + 1))) {
            return k + 1;
        }
        if (runInHead(u) != null) {
            return k; // "Study Visit to Spain. From 9 to 13 June 2014, ...": the paragraph is the activity
        }
        // "Highlights", "Objectives": a heading of a write-up's part titles no activity of its own
        if (!canTitle(u)) {
            return -1;
        }
        if (isPlaceLine(u) && k > 0 && canTitle(units.get(k - 1))) {
            return -1; // "Training for councillors / Kampala, Uganda / 3-5 March 2014": the title's place line
        }
        if (namesDay(u) && u.block().kind() != BlockKind.LIST_ITEM && dateHead(u.text(), u.dates(), u.span().start(), true) > 0) {
            return k; // "14 April 2017 — Launch of the Youth Policy — Kingston": its own date heads it
        }
        for (int j = k + 1; j < units.size() && j <= k + 4; j++) {
            Unit v = units.get(j);
            if (matchesHeading(v.text(), releaseMarkers)) {
                break; // "Ministry of Health, Jamaica / PRESS RELEASE – 9 May 2022": a letterhead over the release's date
            }
            // a date line over the next activity's title heads that one; over "Background" it is this one's
            boolean nextIsTitle = j + 1 < units.size() && canTitle(units.get(j + 1)) && !isPlaceLine(units.get(j + 1));
            if (v.dateLine() && !nextIsTitle && words.mentionsActivity(u.text())
                    && !v.dates().isEmpty() && v.dates().stream().allMatch(Segmenter::isEventDate)) {
                return k; // "Webinar series on X / Every Wednesday in September 2013": a month is its date
            }
            if (v.dateLine() && (!namesDay(v) || nextIsTitle) || v.isLabel("title", "period")) {
                break;  // the report's period, or the date header or title label of the next activity
            }
            if (v.dateLine() || v.placeDate() || v.isLabel("date", "place")) {
                return k;
            }
            if (!v.isLabel() && !isShortLine(v) && !isPlaceLine(v)) {
                break;
            }
        }
        // a dated event bullet in a list of bullets is one bullet activity, not the title of those after it
        // (the last of such bullets too: the prose after the list is about the list, "All events were co-organized with ...")
        if (isEventBullet(u, language) && (k + 1 == units.size() || units.get(k + 1).block().kind() == BlockKind.LIST_ITEM
                || k > 0 && units.get(k - 1).block().kind() == BlockKind.LIST_ITEM && isEventBullet(units.get(k - 1), language))) {
            return -1;
        }
        int n = k + 1;
        // "Status: Completed" between the title and its prose, or its place line ("Training of revenue collectors /
        // Tamale, Ghana / On 4-5 November 2019, ..."): the prose under them dates the title's activity
        while (n < units.size() && (units.get(n).isLabel("ignore") || !units.get(n).hasDate() && isPlaceLine(units.get(n)))) {
            n++;
        }
        if (n < units.size()) {
            Unit next = units.get(n);
            // "B. Advocacy" over "15. On 21 September 2016, the Centre organized ...": a heading over bullet activities
            boolean bulletActivity = next.block().kind() == BlockKind.LIST_ITEM && isEventBullet(next, language)
                    && !headsOneBullet(units, k);
            // "National symposium on stunting / • Held in Dodoma on 14–15 March 2018 / • 180 participants": its first point
            boolean point = next.block().kind() == BlockKind.LIST_ITEM && u.block().kind() != BlockKind.LIST_ITEM;
            if ((!next.titleLike() || point) && !next.isTable() && !next.isLabel() && runInHead(next) == null && !bulletActivity) {
                String opening = opening(next.text(), 2, language);
                int openingEnd = next.span().start() + opening.length();
                boolean dated = hasDay(u.dates()) || hasDay(next.dates().stream()
                        .filter(d -> d.span().start() < openingEnd).toList());
                // "3. Any other business / The next meeting will be held on 5 December": a plan under a title naming none
                boolean told = !point && words.tellsActivity(opening) && !Plans.tells(opening);
                if (dated && (words.mentionsActivity(u.text()) || told)) {
                    return k;
                }
            }
        }
        // a title line that names an activity and gives its own day is one, even with nothing under it
        // ("Closing meeting of the project (30 June 2014)" last in a report, or in a list of such lines)
        boolean ownDay = u.dates().stream().anyMatch(d -> d.start().day() != null && isEventDate(d));
        return ownDay && words.mentionsActivity(u.text()) ? k : -1;
    }

    /** A title-like line that may name an activity: not a heading of the report's parts or of a write-up's parts. */
    private boolean canTitle(Unit u) {
        return u.titleLike() && !isSectionHeading(u.text()) && !partHeadings.contains(headingKey(u.text())) && !announces(u.text())
                && !opensOnClockTime(u.text());
    }

    /**
     * "16:30 Field visit to ...", "9h00 Opening session": a session in an event's programme, no activity of its own
     * ("2.15 Regional workshop" is a section number).
     */
    static boolean opensOnClockTime(String line) {
        String t = line.strip();
        int i = 0;
        while (i < t.length() && i < 2 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > 0 && i + 3 <= t.length() && ":h".indexOf(t.charAt(i)) >= 0
                && Character.isDigit(t.charAt(i + 1)) && Character.isDigit(t.charAt(i + 2))
                && (i + 3 == t.length() || !Character.isDigit(t.charAt(i + 3)));
    }

    /** "Coming up: mid-May training of trainers", "Upcoming – Forum ...": a title announcing an event still to come. */
    private boolean announces(String title) {
        String t = headingKey(title);
        for (String h : futureHeadings) {
            if (t.startsWith(h) && t.length() > h.length() && ":–—-".indexOf(t.charAt(h.length())) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A report on one event, titled by it ("REPORT OF THE REGIONAL WORKSHOP ON ... / Apia, Samoa, 4–6 September
     * 2017"): its prose under "Introduction", "Programme", "Outcomes" tells that event (its organizers and count were
     * lost when the first such heading closed it). The one activity that opens the document takes all later prose.
     */
    private static Section reportOfOne(Section s, List<Unit> units, String text) {
        if (s.kind() != SectionKind.HEADED || s.title() == null) {
            return s;
        }
        // "Workshop Report" over the event's title is a label of the document, not what opens it
        Unit first = units.stream().filter(u -> !u.isTable() && !(labelsReport(u) && !u.span().contains(s.title())))
                .findFirst().orElse(null);
        if (first == null || !first.span().contains(s.title())) {
            return s;
        }
        List<Span> body = new ArrayList<>(s.body());
        int end = s.span().end();
        for (Unit u : units) {
            if (u.span().start() >= s.span().end() && !u.isTable() && !u.titleLike() && !u.isLabel()) {
                body.add(u.span());
                end = u.span().end();
            }
        }
        return end == s.span().end() ? s
                : new Section(s.index(), new Span(s.span().start(), end), s.title(), s.kind(), s.labels(), s.headerLines(), body);
    }

    /** A short undated line naming the kind of document ("Workshop Report", "Informe de misión"). */
    private static boolean labelsReport(Unit u) {
        String t = u.text().strip();
        if (!u.titleLike() || u.hasDate() || t.length() > 40) {
            return false;
        }
        String[] ws = LIST_HEADING_SPLIT.split(Resources.fold(t));
        return ws.length <= 4 && Arrays.stream(ws).anyMatch(REPORT_NAMES::contains);
    }

    /** Units of a title and its date or place lines only: no prose yet. */
    private static boolean inHeader(List<Unit> units) {
        return units.stream().allMatch(x -> x.titleLike() || x.dateLine() || x.placeDate() || x.isLabel());
    }

    /** A short line of place names with a comma and no activity word ("Kampala, Uganda"): a header line, no title. */
    private boolean isPlaceLine(Unit u) {
        String t = u.text().strip();
        return t.indexOf(',') > 0 && t.length() <= 60 && PLACE_CLAUSE.matcher(t).matches() && !words.mentionsActivity(t);
    }

    /**
     * "The first workshop took place in Freetown on 13-14 November" after "... has completed two regional workshops"
     * (a release of 20 November): an opening that refers back to the activity just told, a few days off its dates,
     * tells more of it (one series, one activity), not another.
     */
    private boolean tellsAgain(String opening, DateMention d, List<DateMention> previous) {
        return words.refersBack(opening) && daysApart(d, previous) <= 7;
    }

    /** Days between d and the nearest of the dates with a year and a day (a large number when none has). */
    private static long daysApart(DateMention d, List<DateMention> others) {
        long best = Long.MAX_VALUE;
        Integer year = d.start().year();
        for (DateMention o : others) {
            year = year == null ? o.start().year() : year; // "el lunes 11 de marzo" in a release of 14 March 2019
        }
        if (year == null || d.start().day() == null) {
            return best;
        }
        LocalDate day = d.start().first(year);
        for (DateMention o : others) {
            if (o.start().year() != null && o.start().day() != null) {
                LocalDate a = o.start().first(0);
                LocalDate b = o.end().year() != null && o.end().day() != null ? o.end().first(0) : a;
                long apart = day.isBefore(a) ? a.toEpochDay() - day.toEpochDay()
                        : day.isAfter(b) ? day.toEpochDay() - b.toEpochDay() : 0;
                best = Math.min(best, apart);
            }
        }
        return best;
    }

    private static boolean hasDay(List<DateMention> ds) {
        return ds.stream().anyMatch(d -> d.start().day() != null);
    }

    /** The first of ds inside [from, to) that names an event's day ("held ... from 29 October to 2 November"), or null. */
    private static DateMention eventDayIn(List<DateMention> ds, int from, int to) {
        for (DateMention d : ds) {
            if (d.span().start() >= from && d.span().end() <= to && d.start().day() != null && isEventDate(d)) {
                return d;
            }
        }
        return null;
    }

    /** A date with a day and lasting at most about a month: an event's date, not a period. */
    private static boolean namesDay(Unit u) {
        return u.dates().stream().anyMatch(d -> d.start().day() != null
                && (monthsBetween(d) <= 1 || !d.days().isEmpty()));
    }

    /** An event's date: a day (or listed days) within about a month, or a single month. */
    static boolean isEventDate(DateMention d) {
        if (d.start().month() == null) {
            return false;
        }
        if (d.start().day() == null) {
            return monthsBetween(d) <= 1; // a month, or two running on ("septiembre–octubre": a campaign)
        }
        return monthsBetween(d) <= 1 || !d.days().isEmpty();
    }

    private static int monthsBetween(DateMention d) {
        if (d.start().month() == null || d.end().month() == null) {
            return 12;
        }
        int years = d.start().hasYear() && d.end().hasYear() ? d.end().year() - d.start().year() : 0;
        return years * 12 + d.end().month() - d.start().month();
    }

    /** Labels whose value is a list of organizations, which a form may write one a line under the label. */
    private static final Set<String> LIST_LABELS = Set.of("partner", "organizer", "sponsor", "presenter");

    /**
     * A short line under a list label written alone on its line ("Partners:" / "UNICEF" / "World Bank"), or under
     * such lines: an item of the label's value, no heading that closes the activity.
     */
    private static boolean listedUnderLabel(Unit u, List<Unit> openUnits, String text) {
        if (!listLine(u) || openUnits.isEmpty()
                || BLANK_LINE.matcher(text).region(openUnits.get(openUnits.size() - 1).span().end(), u.span().start()).find()) {
            return false; // a blank line ends the list
        }
        for (int i = openUnits.size() - 1; i >= 0; i--) {
            Unit prev = openUnits.get(i);
            if (prev.label() != null) {
                return emptyListLabel(prev);
            }
            if (!listLine(prev) || i == 0) {
                return false; // prose, or the activity's title: no label right above
            }
        }
        return false;
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    /** A line that may be one item of a list under a label: short, no label, date or table of its own. */
    private static boolean listLine(Unit u) {
        return u.label() == null && !u.dateLine() && !u.isTable() && u.text().strip().length() <= 120 && u.text().indexOf('\n') < 0;
    }

    private static boolean emptyListLabel(Unit u) {
        return u.label() != null && LIST_LABELS.contains(u.label().key()) && u.text().substring(u.label().valueStart()).isBlank();
    }

    /** A short unlabelled line such as a place or a date; a full sentence ("On 26 January the experts ...") is prose. */
    private static boolean isShortLine(Unit v) {
        if (v.isTable() || v.titleLike()) {
            return false;
        }
        String t = v.text().strip();
        if (t.length() > 90 || opensProse(t)) {
            return false; // most units are long prose: decided before the word count and the regex
        }
        // "150 attended.", "Participaron 65 personas.": a short sentence has a verb, a place line none
        boolean sentence = t.endsWith(".") && (WHITESPACE.split(t).length >= 6 || PROSE_WORD.matcher(t).find());
        return !sentence && !SENTENCE_BREAK.matcher(t).find();
    }

    /**
     * "Format: online (Zoom)": a short label no list knows, then its value; inside a record of labels a field
     * of it, not a heading closing it (the record's "Participants:" after it was lost).
     */
    private boolean unknownField(Unit u) {
        String t = u.text().strip();
        int colon = t.indexOf(':');
        if (u.isLabel() || colon < 2 || colon > 30 || colon + 2 >= t.length() || announces(t) || isSectionHeading(t)) {
            return false;
        }
        String head = t.substring(0, colon);
        return WHITESPACE.split(head).length <= 3 && head.chars().allMatch(c -> Character.isLetter(c) || c == ' ');
    }

    /** A list item, or a title or its date or place line: what a list of an activity's points follows. */
    private static boolean underTitleOrItem(Unit above) {
        return above.block().kind() == BlockKind.LIST_ITEM || above.titleLike() || above.dateLine() || above.placeDate();
    }

    /** A list item with a number or letter ("3. Comments", "b) Budget"), which may be a heading, not a bullet point. */
    private static boolean numbered(Unit u, String text) {
        for (int i = u.span().start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A heading that does not start an activity closes the one before it ("3. Comments"). */
    private boolean endsSection(Unit u) {
        return u.titleLike() && (u.block().kind() == BlockKind.HEADING || u.text().strip().endsWith(":")
                || WHITESPACE.split(u.text()).length <= 12 || isSectionHeading(u.text()));
    }

    /** A list item naming a dated event: "· Regional Congress on ..., Santiago, Chile. On October 19-21, ...". */
    private boolean isEventBullet(Unit u, String language) {
        // "1. Summary of trainings delivered in 2016": a year alone dates no event
        if (u.block().kind() != BlockKind.LIST_ITEM || u.label() != null || u.dates().stream().noneMatch(Segmenter::isEventDate)) {
            return false;
        }
        String opening = opening(u.text(), 1, language);
        // a numbered paragraph of prose may tell its activity with a verb ("On 18 June 2018, the Office met with ...")
        return words.mentionsActivity(opening) || openingSentenceDated(u, u.text()) && words.tellsActivity(opening);
    }

    // ------------------------------------------------------------------ building sections

    private Section close(Section open, List<Unit> units, String text, String language) {
        List<Labeled> labeled = new ArrayList<>();
        List<Span> headerLines = new ArrayList<>(open.headerLines()); // the title line's own place and date
        List<Span> body = new ArrayList<>(open.body()); // and the prose after its name
        boolean inHeader = true;
        int end = open.span().end();
        Labeled listing = null; // a list label alone on its line, whose value the next lines give
        List<Unit> listed = new ArrayList<>(); // that label's unit and the lines after it so far
        for (Unit u : units) {
            end = Math.max(end, u.span().end());
            if (open.title() != null && (u.span().equals(open.title()) || u.span().contains(open.title()))) {
                Span head = runInHead(u);
                if (head != null && head.equals(open.title())) {
                    body.add(trim(new Span(head.end() + 1, u.span().end()), text)); // the paragraph after its run-in head
                    inHeader = false;
                } else if (STOP_AFTER.matcher(text).region(open.title().end(), u.span().end()).lookingAt()) {
                    // "March 3: Consultation on the policy, Kingston. 27 NGO representatives attended.": prose after the title
                    body.add(trim(new Span(open.title().end() + 1, u.span().end()), text));
                    inHeader = false;
                } else if (!u.titleLike() && !u.isLabel() && u.span().length() > open.title().length()) {
                    // a paragraph titled by its first sentence ("A regional conference ... was held in Almaty
                    // on 2 and 3 November 2015. It brought together ..."): all of it is prose
                    body.add(u.span());
                    inHeader = false;
                }
                continue;
            }
            if (listing != null && u.label() == null && listedUnderLabel(u, listed, text)) {
                // the label's value grows by the line
                int at = labeled.indexOf(listing);
                Span v = listing.value().length() == 0 ? u.span() : new Span(listing.value().start(), u.span().end());
                listing = new Labeled(listing.key(), listing.label(), v);
                labeled.set(at, listing);
                listed.add(u);
                continue;
            }
            listing = null;
            listed.clear();
            if (u.label() != null) {
                List<Labeled> values = labeled(u, text);
                if (emptyListLabel(u) && values.size() == 1) {
                    listing = values.get(0);
                    listed.add(u);
                }
                Span prose = proseAfterLabel(values, text, language);
                if (prose != null) {
                    values = before(values, prose.start(), text);
                    body.add(prose);
                }
                labeled.addAll(values);
            } else if (inHeader && (u.dateLine() || u.placeDate() || isShortLine(u) || isPlaceLine(u))) {
                Span prose = proseAfterHeader(u, text);
                if (prose == null) {
                    headerLines.add(u.span());
                } else {
                    // "3rd–5th September 2014, Dangriga, Belize. Organised with ...; 40 fishers attended."
                    headerLines.add(trim(new Span(u.span().start(), prose.start()), text));
                    body.add(prose);
                    inHeader = false;
                }
            } else if (!u.isTable()) {
                inHeader = false;
                body.add(u.span());
            } else {
                // a form without a title under the heading (formUnderTitle): its labels and notes are the activity's;
                // another table inside the activity (a list of materials) gives nothing
                List<Section> form = tableSections(u, null, text, 0);
                if (form.size() == 1 && form.get(0).kind() == SectionKind.FORM) {
                    labeled.addAll(form.get(0).labels());
                    body.addAll(form.get(0).body());
                }
            }
        }
        return new Section(open.index(), new Span(open.span().start(), end), open.title(), SectionKind.HEADED,
                labeled, headerLines, body);
    }

    /**
     * Whether a table is a form without a title of its own right under an open section's title and header lines
     * (a web page's "<h2>Training of ...</h2><dl><dt>Dates</dt>..."): it is that activity's, not one without a title.
     */
    private boolean formUnderTitle(List<Section> fromTable, Section open, List<Unit> openUnits) {
        return open != null && open.title() != null && fromTable.size() == 1
                && fromTable.get(0).kind() == SectionKind.FORM && fromTable.get(0).title() == null
                && openUnits.stream().allMatch(x -> x.titleLike() || x.dateLine() || x.placeDate() || x.isLabel()
                        || isPlaceLine(x));
    }

    /**
     * Prose after a label's first sentence ("Participants: 25 women and 20 men from ministries. The dialogue was
     * supported by the ILO."): the activity's body, not the label's value; null when none follows.
     */
    private static Span proseAfterLabel(List<Labeled> values, String text, String language) {
        Span v = values.get(values.size() - 1).value();
        String said = v.of(text);
        int first = opening(said, 1, language).length();
        if (first >= said.length() || !hasProseWords(said, first, said.length(), 2)) {
            return null; // "Venue: Hotel Sheraton. Lima, Peru": places, not prose
        }
        return trim(new Span(v.start() + first, v.end()), text);
    }

    /** The labelled values cut at offset end (those starting at or after it dropped). */
    private static List<Labeled> before(List<Labeled> values, int end, String text) {
        List<Labeled> out = new ArrayList<>();
        for (Labeled l : values) {
            if (l.value().start() < end) {
                out.add(new Labeled(l.key(), l.label(),
                        trim(new Span(l.value().start(), Math.min(end, l.value().end())), text)));
            }
        }
        return out;
    }

    /** The prose after a date/place header line's first sentence end past its last date, or null. */
    private static Span proseAfterHeader(Unit u, String text) {
        if (!u.hasDate()) {
            return null;
        }
        // "Lima, 6 de junio de 2014 – Funcionarios de diez países clausuraron ...": a dateline, then its prose
        int firstEnd = u.dates().get(0).span().end() - u.span().start();
        Matcher dash = DATELINE_DASH.matcher(u.text()).region(Math.min(firstEnd, u.text().length()), u.text().length());
        if (dash.lookingAt() && PROSE_WORD.matcher(u.text()).region(dash.end(), u.text().length()).find()) {
            return trim(new Span(u.span().start() + dash.end() - 1, u.span().end()), text); // not "12 May 2014 – Lima, Peru"
        }
        // "Lima, Peru. 3 May 2016. Thirty officials completed ...": a place, its date and a full stop
        boolean placeFirst = u.dates().get(0).span().start() > u.span().start();
        Matcher stop = DATELINE_STOP.matcher(u.text()).region(Math.min(firstEnd, u.text().length()), u.text().length());
        if (placeFirst && stop.lookingAt() && PROSE_WORD.matcher(u.text()).region(stop.end(), u.text().length()).find()) {
            return trim(new Span(u.span().start() + stop.end() - 1, u.span().end()), text);
        }
        int from = u.dates().get(u.dates().size() - 1).span().end() - u.span().start();
        Matcher m = SENTENCE_BREAK.matcher(u.text());
        if (from > u.text().length() || !m.find(from)) {
            return null;
        }
        int start = m.end();
        return PROSE_WORD.matcher(u.text()).region(start, u.text().length()).find()
                ? trim(new Span(u.span().start() + start, u.span().end()), text) : null;
    }

    /**
     * The labelled values of a label line; a value that also carries a date ("Place: Lima, Peru,
     * April 28-29, 2005") gives a date label too, so every field finds its value under its key. A line
     * may hold several labels after separators ("Date: 8-9 April 2019 | Location: Kigali, Rwanda").
     */
    private List<Labeled> labeled(Unit u, String text) {
        List<Labeled> out = new ArrayList<>();
        Labels.LineLabel label = u.label();
        int valueStart = u.span().start() + label.valueStart();
        int end = u.span().end();
        Matcher sep = LABEL_SEPARATOR.matcher(text).region(valueStart, end);
        while (sep.find()) {
            Optional<Labels.LineLabel> next = labels.atLineStart(text.substring(sep.end(), end));
            if (next.isPresent()) {
                addLabeled(out, u, label, trim(new Span(valueStart, sep.start()), text));
                label = next.get();
                valueStart = sep.end() + label.valueStart();
                sep.region(valueStart, end);
            }
        }
        addLabeled(out, u, label, trim(new Span(valueStart, end), text));
        return out;
    }

    private static void addLabeled(List<Labeled> out, Unit u, Labels.LineLabel label, Span value) {
        out.add(new Labeled(label.key(), label.label(), value));
        // (not in an ignored label's: "Date of report: 12 May 2019", "Posted on 14 May 2018" date no activity)
        if (!label.key().equals("date") && !label.key().equals("period") && !label.key().equals("ignore")) {
            List<DateMention> inValue = u.dates().stream().filter(d -> value.contains(d.span())).toList();
            if (!inValue.isEmpty()) {
                out.add(new Labeled("date", label.label(),
                        new Span(inValue.get(0).span().start(), inValue.get(inValue.size() - 1).span().end())));
            }
        }
    }

    /** Between two labels on one line: a bar, a middle dot or a tab. */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+|\\t+");

    /** A list item of prose at item's level, without a date of its own: the next paragraph of item's story. */
    private static boolean goesOn(Unit next, Unit item) {
        return next.block().kind() == BlockKind.LIST_ITEM && next.block().level() == item.block().level()
                && !next.titleLike() && next.label() == null && next.dates().isEmpty();
    }

    /** A list item one level below item: one of its points. */
    private static boolean isSubItem(Unit sub, Unit item) {
        return sub.block().kind() == BlockKind.LIST_ITEM && sub.block().level() > item.block().level();
    }

    /** A bullet: title up to its first sentence end or emphasis, then a place/date clause, then the rest. */
    private Section bulletSection(Unit u, String text, int index) {
        Span span = u.span();
        String t = u.text();
        int titleEnd;
        Optional<Span> bold = u.block().emphasis().stream().filter(e -> e.start() <= span.start() + 2).findFirst();
        if (bold.isPresent()) {
            titleEnd = bold.get().end() - span.start();
        } else {
            titleEnd = beforeNote(t, stripEnd(t, firstBreak(t, u))); // "Workshop (Dakar, Senegal), 12-14 May"
        }
        List<Span> header = new ArrayList<>();
        List<Span> body = new ArrayList<>();
        int titleStart = bold.map(b -> b.start() - span.start()).orElse(0);
        int dateAt = u.dates().isEmpty() ? -1 : u.dates().get(0).span().start() - span.start();
        // "Del 6 al 8 de mayo: Curso ...", "From 3 to 5 May: ...": a date lead word may open the bullet
        boolean dateFirst = dateAt >= 0 && (dateAt <= 2 || dateAt <= 12 && onlyDateLeads(t.substring(0, dateAt)));
        int placeAfterTitle = -1; // where a place clause right after a dated bullet's title ends
        int colon = t.indexOf(':');
        if (dateFirst && (colon < 0 || colon > 140)) {
            // "7-8 April 2016 – Seminar on ...": a dash after the leading date ends the head as a colon does
            int dateEnd = u.dates().get(0).span().end() - span.start();
            Matcher dash = DASH_AFTER_DATE.matcher(t).region(dateEnd, t.length());
            colon = dash.lookingAt() || placeBeforeDash(t, dateEnd, dash) ? dash.end() - 1 : colon;
        }
        boolean headedByDate = dateFirst && DATE_HEAD_END.matcher(t).region(u.dates().get(0).span().end() - span.start(), t.length())
                .lookingAt(); // "Del 6 al 8 de mayo: Curso ...": a date heading the bullet, not opening a sentence
        if (bold.isEmpty() && !headedByDate && openingSentenceDated(u, t)) {
            // "In April 2016, two study visits were organized ...": a numbered paragraph of prose whose
            // first sentence opens on its date; that sentence is its title, and all of it is prose (the
            // title's sentence names partners and counts too).
            Matcher sentence = SENTENCE_BREAK.matcher(t);
            int end = sentence.find() ? sentence.start() + 1 : t.length();
            Span opening = trim(new Span(span.start(), span.start() + end), text);
            return new Section(index, span, opening, SectionKind.BULLET, List.of(), List.of(), List.of(trim(span, text)));
        }
        if (dateFirst && colon > 0 && colon <= 140 && bold.isEmpty()) {
            // "9–10 July 2013 – Kampala, Uganda: Inception workshop on ..., organised with ..."
            header.add(trim(new Span(span.start(), span.start() + colon), text));
            titleStart = colon + 1;
            Matcher sentence = SENTENCE_BREAK.matcher(t);
            int end = sentence.find(titleStart) ? sentence.start() + 1 : t.length();
            int comma = commaOutsideBrackets(t, titleStart, end);
            int cut = comma > 0 ? comma : end;
            titleEnd = beforeNote(t, cut > titleStart && t.charAt(cut - 1) == '.' ? cut - 1 : cut);
            if (titleEnd < cut - 1) {
                // "27 January: Review meeting with regional directors in Kumasi (18 attendees).": the place before a note
                titleEnd = beforePlaceCue(t, titleStart, titleEnd);
            }
            // "Training course in Accra, Kumasi and Tamale, Ghana": the comma is inside a list of places,
            // which then starts at its cue, whole in the body
            if (comma > 0 && titleEnd == comma) {
                titleEnd = beforePlaceCue(t, titleStart, comma);
                // "22 de mayo – Foro “Ciudades seguras”, Tegucigalpa. Organizado ...": the places after the title
                int clauseEnd = clauseEnd(u, t, comma + 1);
                String after = t.substring(comma + 1, clauseEnd).strip();
                // "2 December 2020 – Review meeting, Belmopan, hosted by NEMO": the places before a clause of prose
                int placesEnd = PLACE_CLAUSE.matcher(after).matches() ? clauseEnd : placesBeforeProse(t, comma + 1, clauseEnd);
                if (titleEnd == comma && !after.isEmpty() && placesEnd > 0) {
                    header.add(trim(new Span(span.start() + comma + 1, span.start() + placesEnd), text));
                    placeAfterTitle = placesEnd;
                }
            }
        }
        Span title = trim(new Span(span.start() + titleStart, span.start() + titleEnd), text);
        int rest = Math.max(titleEnd, placeAfterTitle);
        while (rest < t.length() && ",.;:–—-* ".indexOf(t.charAt(rest)) >= 0) {
            rest++;
        }
        if (rest < t.length() && header.isEmpty()) {
            // The clause after the title, up to the next sentence end or dash, names place and date.
            int clauseEnd = proseAfterDate(u, t, rest, clauseEnd(u, t, rest));
            if (clauseEnd - rest <= 120) {
                header.add(trim(new Span(span.start() + rest, span.start() + clauseEnd), text));
                rest = clauseEnd;
                while (rest < t.length() && ".;:–—- ".indexOf(t.charAt(rest)) >= 0) {
                    rest++;
                }
            }
        }
        if (rest < t.length()) {
            body.add(trim(new Span(span.start() + rest, span.end()), text));
        }
        return new Section(index, span, title, SectionKind.BULLET, List.of(), header, body);
    }

    /**
     * "A. Provincial disaster risk reduction forum" over "2. On 18 and 19 February 2020, ... convened the forum ...",
     * and the next heading after it: a heading naming an activity over one dated bullet titles that bullet's activity.
     */
    private boolean headsOneBullet(List<Unit> units, int k) {
        Unit u = units.get(k);
        if (k + 1 >= units.size() || u.block().kind() == BlockKind.LIST_ITEM || !u.titleLike()
                || !words.mentionsActivity(u.text()) || units.get(k + 1).block().kind() != BlockKind.LIST_ITEM) {
            return false;
        }
        if (k + 2 == units.size()) {
            return true;
        }
        Unit after = units.get(k + 2);
        return after.titleLike() && after.block().kind() != BlockKind.LIST_ITEM;
    }

    /**
     * The name of an activity at the start of a dated line: up to a semicolon, a note in parentheses with a count,
     * or a comma before a capitalized place or a word ending a name (phrase-ends.tsv: "with", "hosted"), and
     * before a place cue ending it ("Youth business forum in Kingston, Jamaica, co-hosted with ..." gives
     * "Youth business forum"). A comma inside the name ("water, sanitation and hygiene") stays.
     */
    private static Span nameClause(Span s, String text) {
        int end = s.end();
        for (int i = s.start(); i < end; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '(' && i > s.start() && beforeNote(text, closingBracket(text, i, end)) == i - 1) {
                end = i;
            } else if (c == ',' && i + 2 < end && endsName(text, i + 1, end)) {
                end = beforePlaceCue(text, s.start(), i);
            }
        }
        Span name = trim(new Span(s.start(), end), text);
        return name.length() > 0 ? name : s;
    }

    /**
     * Where the place names opening a clause end ("Bridgetown, Barbados (26 participants)", "in Kingston, Jamaica,
     * co-hosted with ..."): before a bracket, semicolon, stop or a comma before a lower-case word; s.start() if the
     * clause opens on no place names.
     */
    private static int placesAfter(Span s, String text) {
        int from = s.start();
        int end = from;
        while (end < s.end() && "(;.".indexOf(text.charAt(end)) < 0
                && !(text.charAt(end) == ',' && end + 2 < s.end() && Character.isLowerCase(text.charAt(end + 2)))) {
            end++;
        }
        String names = text.substring(from, end).strip().replaceFirst("^(?:in|at|en)\\s+", "");
        return !names.isEmpty() && PLACE_CLAUSE.matcher(names).matches() ? end : s.start();
    }

    private static int skipPunctuation(String text, int from, int end) {
        while (from < end && ",;. ".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        return from;
    }

    /** Just after ")" closing the bracket opened at `open` (or `end`). */
    private static int closingBracket(String text, int open, int end) {
        int close = text.indexOf(')', open);
        return close < 0 || close >= end ? end : close + 1;
    }

    private static boolean endsName(String text, int from, int end) {
        int a = from;
        while (a < end && text.charAt(a) == ' ') {
            a++;
        }
        int b = a;
        while (b < end && (Character.isLetter(text.charAt(b)) || text.charAt(b) == '-')) {
            b++;
        }
        return b > a && (Character.isUpperCase(text.charAt(a)) || PHRASE_ENDS.contains(Resources.fold(text.substring(a, b)))
                || text.substring(a, b).startsWith("co-"));
    }

    private static final Set<String> PHRASE_ENDS = Set.copyOf(Resources.foldedWords("phrase-ends.tsv"));

    /** A bullet whose first sentence opens on its date ("On 25 February 2016, UNODC ...") and goes on as prose. */
    private static boolean openingSentenceDated(Unit u, String t) {
        if (u.dates().isEmpty()) {
            return false;
        }
        DateMention first = u.dates().get(0);
        int at = first.span().start() - u.span().start();
        // a word before the date or opening it ("On", "In", "From 14 to 18 ..."): prose, where a bare date
        // ("9–10 July 2013 – Kampala: ...") may head a dated line
        String before = t.substring(0, Math.max(0, at));
        String lead = before.isBlank() ? t.substring(Math.max(0, at)).split("[\\s\\d]", 2)[0] : before;
        return at >= 0 && at <= 12 && !lead.isBlank() && onlyDateLeads(lead)
                && sentenceAfter(t, first.span().end() - u.span().start());
    }

    /**
     * A title ending in a note in parentheses with a count ("Webinar on soil health (online; 210
     * registered)") ends before the note; an acronym or edition in parentheses stays in the title.
     */
    /** A place cue and a capitalized name ending a title cut at a comma: " in Accra", " en San José". */
    private static final Pattern TRAILING_PLACE_CUE = Pattern.compile(
            "\\s(?:in|at|en)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|of)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*$");

    /**
     * Where a title cut at a comma ends when the comma is inside a list of places ("Training course in
     * Accra, Kumasi and Tamale, Ghana"): before the list's cue, so the list stays whole; else at comma.
     */
    private static int beforePlaceCue(String t, int from, int comma) {
        Matcher cue = TRAILING_PLACE_CUE.matcher(t).region(from, comma);
        return cue.find() ? cue.start() : comma;
    }

    private static final Pattern DASH_AFTER_DATE = Pattern.compile("\\s+[–—-]\\s");

    /** "11 April 2019, Dhaka – Launch of ...": only a place between the leading date and a dash (found by dash). */
    private static boolean placeBeforeDash(String t, int dateEnd, Matcher dash) {
        if (dateEnd >= t.length() || t.charAt(dateEnd) != ',' || !dash.find() || dash.start() - dateEnd > 60) {
            return false;
        }
        return PLACE_CLAUSE.matcher(t.substring(dateEnd + 1, dash.start()).strip()).matches();
    }

    /** end moved back over spaces and commas. */
    private static int stripEnd(String t, int end) {
        while (end > 0 && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    /** The first comma in t[from, end) outside parentheses ("Workshop (Dakar, Senegal), with ..."), or -1. */
    private static int commaOutsideBrackets(String t, int from, int end) {
        int depth = 0;
        for (int i = from; i < end; i++) {
            char c = t.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int beforeNote(String t, int end) {
        int open = t.lastIndexOf(" (", end);
        if (open < 0 || t.charAt(end - 1) != ')' || t.indexOf(')', open) != end - 1) {
            return end;
        }
        String note = t.substring(open + 2, end - 1);
        boolean counts = note.chars().anyMatch(Character::isDigit) && PROSE_WORD.matcher(note).find();
        // "(Dakar, Senegal)": a place is a note too, where an acronym or edition has no comma
        return counts || note.indexOf(',') > 0 ? open : end;
    }

    /**
     * Where a bullet's place/date clause t[from, end) ends: at the end of its last date when prose
     * follows it ("14/07/2016: organised with ...; 350 young people attended"), so that prose is
     * read as the body (partners, attendance); else at end.
     */
    private static int proseAfterDate(Unit u, String t, int from, int end) {
        int dateEnd = -1;
        for (DateMention d : u.dates()) {
            int s = d.span().start() - u.span().start();
            if (s >= from && s < end) {
                dateEnd = d.span().end() - u.span().start();
            }
        }
        while (dateEnd > 0 && dateEnd < end && t.charAt(dateEnd) == ')') {
            dateEnd++; // "(Bishkek, 12-14 May 2015), delivered with ...": the bracket closes the clause
        }
        return dateEnd > 0 && dateEnd < end && PROSE_WORD.matcher(t).region(dateEnd, end).find() ? dateEnd : end;
    }

    /**
     * End of a bullet's title: the first sentence end or date, backed up to the comma before a
     * trailing place clause ("Seminar on X, Córdoba, Argentina. On May 12-13, ...").
     */
    private static int firstBreak(String t, Unit u) {
        Matcher m = SENTENCE_BREAK.matcher(t);
        int sentence = m.find() ? m.start() + 1 : t.length();
        int date = u.dates().isEmpty() ? t.length() : u.dates().get(0).span().start() - u.span().start();
        int cut = Math.min(sentence, date);
        int open = t.lastIndexOf('(', cut - 1);
        if (open > 0 && t.indexOf(')', open) >= cut) {
            cut = open; // "Training of 25 officials (Bishkek, 12-14 May 2015), ...": the bracket holds place and date
        }
        if (cut == date) {
            // "Workshop on budgeting – Apia, 23-24 July 2019 – 28 officers": a place after a dash, right before the date
            Matcher dash = TITLE_DASH.matcher(t).region(0, cut);
            int at = -1;
            int after = -1;
            while (dash.find()) {
                at = dash.start();
                after = dash.end();
            }
            if (at > 0 && PLACE_CLAUSE.matcher(t.substring(after, cut).strip()).matches()) {
                return at;
            }
        }
        for (int comma = t.indexOf(','); comma > 0 && comma < cut; comma = t.indexOf(',', comma + 1)) {
            String rest = t.substring(comma + 1, cut).strip();
            if (!rest.isEmpty() && PLACE_CLAUSE.matcher(rest).matches()) {
                return beforePlaceCue(t, 0, comma);
            }
        }
        return cut;
    }

    /** Activity tables (one row per activity) and label/value forms (one table per activity). */
    private List<Section> tableSections(Unit u, Unit above, String text, int index) {
        List<List<Block>> rows = u.table();
        List<Section> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        // Form: the first column holds labels.
        List<Labeled> form = new ArrayList<>();
        int labelRows = 0;
        for (List<Block> row : rows) {
            if (row.size() >= 2) {
                Optional<String> key = labels.ofCell(row.get(0).span().of(text));
                if (key.isPresent()) {
                    labelRows++;
                    if (!key.get().equals("ignore")) {
                        form.add(new Labeled(key.get(), row.get(0).span().of(text), cellValue(row, text)));
                    }
                }
            }
        }
        if (labelRows >= 3 && labelRows * 2 >= rows.size()
                && form.stream().anyMatch(l -> l.key().equals("date") || l.key().equals("place"))) {
            int columns = activityColumns(rows, text);
            if (columns >= 2) {
                for (int c = 1; c <= columns; c++) {
                    out.add(columnSection(rows, c, text, index + out.size()));
                }
                return out;
            }
            Span title = form.stream().filter(l -> l.key().equals("title")).map(Labeled::value).findFirst().orElse(null);
            List<Labeled> rest = form.stream().filter(l -> !l.key().equals("title")).toList();
            List<Span> body = rest.stream().filter(l -> l.key().equals("notes")).map(Labeled::value).toList();
            Span span = u.span();
            if (title == null && above != null && canTitle(above)) {
                // "<h2>Regional learning event ...</h2>" over a form of its date, place and count
                title = stripNumber(above.span(), text);
                span = new Span(above.span().start(), u.span().end());
            }
            out.add(new Section(index, span, title, SectionKind.FORM, rest, List.of(), body));
            return out;
        }
        // Activity table: a header row whose cells are labels, with a title or date column.
        List<Block> head = rows.get(0);
        List<String> keys = head.stream().map(c -> labels.ofCell(c.span().of(text)).orElse("")).toList();
        boolean dated = keys.contains("date") || keys.contains("place");
        if (dated && !keys.contains("title") && above != null && canTitle(above) && dataRows(rows) == 1) {
            // "2. District health planning workshop" over a table of its date, venue and participants: one activity
            List<Block> row = rows.stream().skip(1).filter(r -> !r.isEmpty()).findFirst().orElseThrow();
            List<Labeled> cells = rowLabels(row, head, keys, text);
            List<Span> notes = cells.stream().filter(l -> l.key().equals("notes")).map(Labeled::value).toList();
            return List.of(new Section(index, new Span(above.span().start(), u.span().end()), stripNumber(above.span(), text),
                    SectionKind.FORM, cells, List.of(), notes));
        }
        if (!(keys.contains("title") && dated) || listsNoActivity(rows, keys, text)) {
            return out;
        }
        int titleColumn = keys.indexOf("title");
        List<Labeled> group = List.of(); // the last row's cells left of its title ("Country", "Place")
        for (int r = 1; r < rows.size(); r++) {
            List<Block> row = rows.get(r);
            if (row.isEmpty() || !out.isEmpty() && wrapsRowAbove(row, keys, text) || sumsRowsAbove(row, keys, text)) {
                continue;
            }
            List<Labeled> cells = new ArrayList<>(rowLabels(row, head, keys, text));
            List<Block> left = row.stream().filter(c -> c.column() < titleColumn && !c.span().of(text).isBlank()).toList();
            if (left.isEmpty()) {
                cells.addAll(0, group); // a cell merged over the rows below it is theirs too (Tika writes them empty)
            } else {
                group = rowLabels(left, head, keys, text);
            }
            Span title = row.stream().filter(c -> c.column() < keys.size() && keys.get(c.column()).equals("title"))
                    .map(Block::span).reduce((a, b) -> b).orElse(null);
            Span span = new Span(row.get(0).span().start(), row.get(row.size() - 1).span().end());
            List<Span> body = cells.stream().filter(l -> l.key().equals("notes")).map(Labeled::value).toList();
            out.add(new Section(index + out.size(), span, title, SectionKind.TABLE_ROW, cells, List.of(), body));
        }
        return out;
    }

    /**
     * How many activities a form's value columns hold: a label column over one column per activity ("Title |
     * Workshop on ... | Seminar on ..."; "Dates | 14-15 July | 22-24 September") when both its title and its
     * date or place rows give a value in each column, else 1 (a form's second column is a note or a split count).
     */
    private int activityColumns(List<List<Block>> rows, String text) {
        int title = 0;
        int when = 0;
        for (List<Block> row : rows) {
            if (row.size() < 3) {
                continue;
            }
            String key = labels.ofCell(row.get(0).span().of(text)).orElse("");
            long values = row.stream().filter(c -> c.column() > 0 && !c.span().of(text).isBlank()).count();
            if (key.equals("title")) {
                title = (int) values;
            } else if ((key.equals("date") || key.equals("place")) && when == 0) {
                when = (int) values;
            }
        }
        return title >= 2 && title == when ? title : 1;
    }

    /** One activity of a form with a column per activity (see {@link #activityColumns}): column c's values. */
    private Section columnSection(List<List<Block>> rows, int c, String text, int index) {
        List<Labeled> cells = new ArrayList<>();
        Span title = null;
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (List<Block> row : rows) {
            Block value = row.stream().filter(b -> b.column() == c).findFirst().orElse(null);
            Optional<String> key = row.isEmpty() ? Optional.empty() : labels.ofCell(row.get(0).span().of(text));
            if (value == null || key.isEmpty() || key.get().equals("ignore") || value.span().of(text).isBlank()) {
                continue;
            }
            start = Math.min(start, value.span().start());
            end = Math.max(end, value.span().end());
            if (key.get().equals("title")) {
                title = value.span();
            } else {
                cells.add(new Labeled(key.get(), row.get(0).span().of(text), value.span()));
            }
        }
        List<Span> body = cells.stream().filter(l -> l.key().equals("notes")).map(Labeled::value).toList();
        // one activity of several in a table, like a row: prose after the table may tell about it (TableNotes)
        return new Section(index, new Span(start, end), title, SectionKind.TABLE_ROW, cells, List.of(), body);
    }

    /**
     * "Title | Date" over "Tomato value chain study | June 2019": a table of titles and dates alone (no place, count or
     * partner) none of which names an activity lists publications or milestones, not activities.
     */
    private boolean listsNoActivity(List<List<Block>> rows, List<String> keys, String text) {
        if (keys.stream().anyMatch(k -> !k.isEmpty() && !k.equals("title") && !k.equals("date"))) {
            return false;
        }
        int title = keys.indexOf("title");
        return rows.stream().skip(1).flatMap(List::stream)
                .noneMatch(c -> c.column() == title && words.mentionsActivity(c.span().of(text)));
    }

    /**
     * "              data collection                        Islands" under "3-6 Feb   Training of fisheries officers on
     * ...   Honiara, Solomon   22": a table in columns of spaces whose cells wrap goes on with a line of the same
     * row, with no first cell and no date, its title (if any) in lower case.
     */
    private static boolean wrapsRowAbove(List<Block> row, List<String> keys, String text) {
        int date = keys.indexOf("date");
        for (Block c : row) {
            String cell = c.span().of(text);
            if (c.column() == 0 || c.column() == date
                    || c.column() < keys.size() && keys.get(c.column()).equals("title") && !cell.isEmpty()
                    && !Character.isLowerCase(cell.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TOTAL_ROWS = Set.copyOf(Resources.foldedWords("total-rows.tsv"));

    /** A closing row that sums the rows above ("Total | | | 108", total-rows.tsv): it opens on a total and has no date. */
    static boolean sumsRowsAbove(List<Block> row, List<String> keys, String text) {
        int date = keys.indexOf("date");
        boolean dated = row.stream().anyMatch(c -> c.column() == date && !c.span().of(text).isBlank());
        return !dated && TOTAL_ROWS.contains(Resources.fold(row.get(0).span().of(text).strip().replaceFirst(":$", "")));
    }

    /** A row's cells under their column labels, but its title cell. */
    private static List<Labeled> rowLabels(List<Block> row, List<Block> head, List<String> keys, String text) {
        List<Labeled> cells = new ArrayList<>();
        for (Block c : row) {
            if (c.column() < keys.size() && !keys.get(c.column()).isEmpty() && !keys.get(c.column()).equals("title")) {
                cells.add(new Labeled(keys.get(c.column()), head.get(c.column()).span().of(text), c.span()));
            }
        }
        return cells;
    }

    /** Rows after the header that hold a cell. */
    private static long dataRows(List<List<Block>> rows) {
        return rows.stream().skip(1).filter(r -> !r.isEmpty()).count();
    }

    /** Where the clause from `from` of a bullet's text ends: a full stop or a spaced dash, not one inside a date
     * ("Ho, 28 November – 2 December 2016"). */
    private static int clauseEnd(Unit u, String t, int from) {
        Matcher m = CLAUSE_END.matcher(t);
        int offset = u.span().start();
        while (m.find(from)) {
            int at = m.start();
            if (u.dates().stream().noneMatch(d -> d.span().start() - offset < at && at < d.span().end() - offset)) {
                return at;
            }
            from = m.end();
        }
        return t.length();
    }

    /**
     * Where a clause's leading place names end when a comma or semicolon then a lower-case word follows them ("Belmopan, hosted
     * by NEMO", "Quetzaltenango, con el apoyo de UNODC"), or -1.
     */
    private static int placesBeforeProse(String t, int from, int to) {
        // a comma or a semicolon ends the places: "Consultation with leaders, Chipata; co-hosted by Plan"
        int comma = -1;
        for (int i = from; i < to && comma < 0; i++) {
            comma = t.charAt(i) == ',' || t.charAt(i) == ';' ? i : -1;
        }
        if (comma < 0) {
            return -1;
        }
        String names = t.substring(from, comma).strip();
        String next = t.substring(comma + 1, to).strip();
        return !names.isEmpty() && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && PLACE_CLAUSE.matcher(names).matches() ? comma : -1;
    }

    /** The value cells of a form row (every cell after the label), as one span. */
    private static Span cellValue(List<Block> row, String text) {
        return trim(new Span(row.get(1).span().start(), row.get(row.size() - 1).span().end()), text);
    }

    /**
     * A narrative report without headings ("In March 2008 the Department held a workshop in ...",
     * "On 20 June ..."): when at least two paragraphs open with an event date and name an
     * activity, each is one activity, titled by its first sentence and running to the next.
     */
    private List<Section> datedParagraphSections(List<Unit> units, String text, String language) {
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (!isDatedProse(u)) {
                continue;
            }
            DateMention d = u.dates().get(0);
            String opening = opening(u.text(), 1, language);
            int openingEnd = u.span().start() + opening.length();
            // or a first sentence that introduces an activity and gives its days anywhere ("The 2018 Pacific
            // Regional Conference on Disability was held in Nadi from 29 October to 2 November 2018")
            DateMention day = eventDayIn(u.dates(), u.span().start(), openingEnd);
            boolean dayInside = day != null;
            if ((opensWith(d, u.span().start(), opening) && words.mentionsActivity(opening)
                    || dayInside && words.introducesActivity(opening))
                    && !(day != null && !starts.isEmpty() && tellsAgain(opening, day, units.get(starts.get(starts.size() - 1)).dates()))) {
                starts.add(k);
            }
        }
        List<Section> out = new ArrayList<>();
        if (starts.size() < 2) {
            return out;
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : units.size();
            Unit first = units.get(from);
            List<Span> body = new ArrayList<>();
            int end = first.span().end();
            for (int k = from; k < to; k++) {
                Unit u = units.get(k);
                if (u.isTable() || k > from && (u.titleLike() && endsSection(u))) {
                    break;
                }
                body.add(u.span());
                end = u.span().end();
            }
            Span title = trim(new Span(first.span().start(), first.span().start() + opening(first.text(), 1, language).length()), text);
            out.add(new Section(out.size(), new Span(first.span().start(), end), title, SectionKind.HEADED,
                    List.of(), List.of(), body));
        }
        return out;
    }

    /**
     * A narrative report may tell several activities in one paragraph, a sentence each: "In March
     * 2011, a youth leadership workshop took place in Kingston ... On 4 May 2011 the Network
     * co-hosted a forum ...". When at least two sentences open with an event date and name an
     * activity, each starts one that runs to the next.
     */
    private List<Section> datedSentenceSections(List<Unit> units, String text, String language, int atLeast,
                                                boolean underHeading) {
        List<Span> starts = new ArrayList<>();
        List<List<DateMention>> startDates = new ArrayList<>(); // the dates of each start's sentence
        List<Span> prose = new ArrayList<>();
        for (Unit u : units) {
            if (!isDatedProse(u)) {
                continue;
            }
            prose.add(u.span());
            boolean first = true;
            for (Span sentence : Sentences.shared().split(text, u.span(), language)) {
                String opening = opening(sentence.of(text), 1, language);
                boolean opens = u.dates().stream().anyMatch(d -> opensWith(d, sentence.start(), opening));
                // under a heading over activities, a paragraph's first sentence may give its day anywhere
                // ("In collaboration with X, the network held a meeting in Managua on 15 November 2016.")
                DateMention day = eventDayIn(u.dates(), sentence.start(), sentence.end());
                // and anywhere, a first sentence that introduces a new activity ("En el segundo semestre, la Fundación
                // organizó un curso ... en Huancavelica, del 4 al 8 de septiembre")
                boolean dayInside = first && day != null && (underHeading || words.introducesActivity(opening));
                boolean again = day != null && !startDates.isEmpty() && tellsAgain(opening, day, startDates.get(startDates.size() - 1));
                if ((opens || dayInside) && !again
                        && (underHeading ? words.tellsActivity(opening) : words.mentionsActivity(opening))) {
                    starts.add(sentence);
                    startDates.add(u.dates().stream().filter(x -> sentence.contains(x.span())).toList());
                }
                first = false;
            }
        }
        List<Section> out = new ArrayList<>();
        if (starts.size() < atLeast) {
            return out;
        }
        for (int i = 0; i < starts.size(); i++) {
            Span first = starts.get(i);
            int next = i + 1 < starts.size() ? starts.get(i + 1).start() : Integer.MAX_VALUE;
            // the activity runs to the next one or the end of its paragraph, whichever comes first
            int end = prose.stream().filter(p -> p.contains(first)).mapToInt(Span::end).findFirst().orElse(first.end());
            Span span = trim(new Span(first.start(), Math.min(end, next)), text);
            out.add(new Section(out.size(), span, trim(first, text), SectionKind.HEADED, List.of(), List.of(), List.of(span)));
        }
        return out;
    }

    /**
     * A heading that only names kinds of activities, in the plural ("Other meetings", "Trainings and
     * workshops", "Talleres"): a heading over activities told below it, not one activity. Its modifier and
     * joining words are in heading-modifiers.tsv.
     */
    private boolean isActivityListHeading(String title) {
        return isActivityListKey(headingKey(title));
    }

    private boolean isActivityListKey(String key) {
        boolean plural = false;
        int named = 0;
        for (String w : LIST_HEADING_SPLIT.split(key)) {
            if (w.isEmpty() || HEADING_MODIFIERS.contains(w)) {
                continue;
            }
            if (!words.mentionsActivity(w)) {
                return false;
            }
            named++;
            plural |= w.endsWith("s");
        }
        return named > 0 && plural;
    }

    private static final Pattern LIST_HEADING_SPLIT = Pattern.compile("[\\s,/]+");
    private static final Set<String> HEADING_MODIFIERS = Set.copyOf(Resources.foldedWords("heading-modifiers.tsv"));

    /**
     * A paragraph opening with a run-in head ("Study Visit to Spain. From 9 to 13 June 2014, six
     * officials ..."): a short first sentence in title case without a date that names an activity,
     * then an event date in the next sentence. Returns the head without its stop, or null.
     */
    private Span runInHead(Unit u) {
        if (u.block().kind() != BlockKind.PARAGRAPH || u.dates().isEmpty()) {
            return null;
        }
        String t = u.text();
        Matcher stop = RUN_IN_STOP.matcher(t);
        if (!stop.find() || stop.start() > 100 || !Character.isUpperCase(t.charAt(0))) {
            return null;
        }
        String h = t.substring(0, stop.start());
        int headEnd = u.span().start() + stop.start();
        int nextEnd = u.span().start() + Math.min(t.length(), stop.end() + 200);
        DateMention first = u.dates().get(0);
        boolean dated = first.span().start() > headEnd && first.span().end() <= nextEnd && isEventDate(first);
        return dated && WHITESPACE.split(h).length <= 10 && (titleCase(h) || nounPhrase(h)) && words.mentionsActivity(h)
                ? new Span(u.span().start(), headEnd) : null;
    }

    /**
     * A head in sentence case ("Laboratory training.", "Regional surveillance meeting:"): short, not opening
     * with a determiner or pronoun and without a verb of a sentence ("This is the second edition of the
     * course." is none). Words in run-in-heads.tsv.
     */
    private static boolean nounPhrase(String h) {
        String[] ws = WHITESPACE.split(h.strip().toLowerCase(Locale.ROOT));
        if (ws.length > 8 || NOT_HEAD_OPENERS.contains(ws[0])) {
            return false;
        }
        for (String w : ws) {
            if (SENTENCE_VERBS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final List<String[]> RUN_IN_ROWS = Resources.tsv("run-in-heads.tsv");
    private static final Set<String> NOT_HEAD_OPENERS = runInWords("opener");
    private static final Set<String> SENTENCE_VERBS = runInWords("verb");

    private static Set<String> runInWords(String kind) {
        return Set.copyOf(RUN_IN_ROWS.stream().filter(r -> r[0].strip().equals(kind))
                .flatMap(r -> Arrays.stream(WHITESPACE.split(r[1].strip()))).toList());
    }

    /** Most words of four letters or more capitalized: a heading ("Study Visit to Spain"), not a sentence. */
    private static boolean titleCase(String h) {
        int long_ = 0;
        int capitalized = 0;
        for (String w : WHITESPACE.split(h)) {
            if (w.length() >= 4) {
                long_++;
                capitalized += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return capitalized >= 2 && capitalized * 2 >= long_;
    }

    /** The end of a run-in head: a full stop before a capital, or a colon ("Salt reduction workshop: held on ..."). */
    private static final Pattern RUN_IN_STOP = Pattern.compile("\\.\\s+(?=\\p{Lu})|:\\s+");

    /** d is an event's date inside the opening of the text starting at start, near its beginning. */
    private static boolean opensWith(DateMention d, int start, String opening) {
        int at = d.span().start() - start;
        return at >= 0 && at <= 60 && d.span().end() - start <= opening.length() && isEventDate(d);
    }

    /**
     * An undated heading with nothing under it but the activities that follow ("Activity 2:
     * Community activities" over event bullets) is no activity of its own.
     */
    private static boolean isEmptyHeading(Section s, List<Unit> units) {
        // "Programme highlights 2016" over dated bullets: a year is no event's date of its own
        return s.kind() == SectionKind.HEADED && s.body().isEmpty() && s.headerLines().isEmpty() && s.labels().isEmpty()
                && units.stream().noneMatch(u -> u.span().contains(s.title()) && u.dates().stream().anyMatch(Segmenter::isEventDate));
    }

    /** The index of the unit where the first of sections starts, or -1 when there is none. */
    private static int firstUnitOf(List<Unit> units, List<Section> sections) {
        if (sections.isEmpty()) {
            return -1;
        }
        int start = sections.get(0).span().start();
        for (int k = 0; k < units.size(); k++) {
            if (units.get(k).span().end() > start) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A title line that ends with its place and date after a dash ("Workshop on X – Santo Domingo,
     * Dominican Republic, February 16 to 20, 2009") or in parentheses ("Seminar on Y (3 June 2014)"):
     * the title stops at the dash or parenthesis, and what follows is a header line. Returns the title, then that header line if there is one.
     */
    private static List<Span> splitPlaceDateTail(Span title, Unit u, String text) {
        // each dash is a possible cut, the first that a date (or a place and a date) follows wins:
        // "Neighborhood safety forum — 04/22/2017 — San Pedro Sula, Honduras" stops at the first
        Matcher dash = TITLE_DASH.matcher(text).region(title.start(), title.end());
        List<int[]> cuts = new ArrayList<>(); // {cut, tail start, tail end}
        while (dash.find()) {
            cuts.add(new int[] {dash.start(), dash.end(), title.end()});
        }
        Span trimmed = trim(title, text);
        int open = text.lastIndexOf('(', trimmed.end() - 1);
        int lastCut = cuts.isEmpty() ? -1 : cuts.get(cuts.size() - 1)[0];
        if (trimmed.length() > 0 && text.charAt(trimmed.end() - 1) == ')' && open > trimmed.start() && open > lastCut) {
            // "Training on customs risk management (Lima, 12-14 May 2014)"
            cuts = List.<int[]>of(new int[] {open, open + 1, trimmed.end() - 1});
        }
        for (int[] c : cuts) {
            int from = c[1];
            Optional<DateMention> date = u.dates().stream().filter(d -> d.span().start() >= from).findFirst();
            if (date.isEmpty() || date.get().span().start() > c[2]) {
                continue;
            }
            String between = text.substring(from, date.get().span().start());
            if (between.isBlank() || PLACE_PREFIX.matcher(between).matches() || MODE_BEFORE_DATE.matcher(between).matches()) {
                return List.of(trim(new Span(title.start(), c[0]), text), trim(new Span(from, c[2]), text));
            }
        }
        return List.of(title);
    }

    /** "modalidad virtual, ", "online, ": a few lower-case words saying how, not where, before a title's date. */
    private static final Pattern MODE_BEFORE_DATE = Pattern.compile("\\p{Ll}[\\p{Ll} ]{0,30}[,:]?\\s*");

    /** A paragraph of prose (no title, label, heading or table) that holds a date. */
    private static boolean isDatedProse(Unit u) {
        return !u.isTable() && !u.titleLike() && !u.isLabel() && u.block().kind() != BlockKind.HEADING && !u.dates().isEmpty();
    }

    private Optional<Section> wholeDocument(List<Unit> units, String text, ReportHeader header, String language) {
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Span title = null;
        for (int i = 0; i < units.size() && i < 10; i++) {
            Unit u = units.get(i);
            if (u.titleLike() && words.mentionsActivity(u.text())) {
                title = u.span();
                break;
            }
        }
        if (title == null) {
            title = headline(units);
        }
        if (title == null) {
            title = header.title();
        }
        if (title == null) {
            title = activityInOpening(units, language); // a release with neither headline nor letterhead
        }
        List<Span> body = new ArrayList<>();
        List<Labeled> labeled = new ArrayList<>();
        for (Unit u : units) {
            if (u.label() != null) {
                labeled.addAll(labeled(u, text));
            } else if (!u.titleLike() && !u.isTable()) {
                body.add(u.span());
            }
        }
        Span span = new Span(units.get(0).span().start(), units.get(units.size() - 1).span().end());
        return Optional.of(new Section(0, span, title, SectionKind.WHOLE_DOCUMENT, labeled, List.of(), body));
    }

    /** The activity the first paragraph of prose names in its first two sentences (ProseTitle), or null. */
    private Span activityInOpening(List<Unit> units, String language) {
        for (Unit u : units) {
            if (!u.titleLike() && !u.isLabel() && !u.isTable()) {
                return ProseTitle.of(u, opening(u.text(), 2, language).length(), words);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ report header

    /** The index after the first paragraph of prose (twelve words or more), or the number of units. */
    /**
     * A release's headline: the title-like line right above its first paragraph of prose, under a letterhead and
     * a release marker ("Ministry of Health, Jamaica / PRESS RELEASE – 9 May 2022 / Nurses trained in ... / KINGSTON –").
     */
    private Span headline(List<Unit> units) {
        for (int i = 1; i < units.size() && i < 10; i++) {
            Unit u = units.get(i);
            if (!u.titleLike() && !u.isLabel() && !u.isTable() && !u.dateLine() && !u.placeDate()) {
                Unit above = units.get(i - 1);
                boolean underMarker = units.subList(0, i - 1).stream().anyMatch(v -> matchesHeading(v.text(), releaseMarkers));
                return underMarker && above.titleLike() && canTitle(above) && !matchesHeading(above.text(), releaseMarkers)
                        ? above.span() : null;
            }
        }
        return null;
    }

    private static int firstProseEnd(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (!u.titleLike() && !u.isLabel() && !u.isTable() && WHITESPACE.split(u.text().strip()).length >= 12) {
                return i + 1;
            }
        }
        return units.size();
    }

    /** The report's title, period and dateline; its period is read in the units before periodUntil. */
    private ReportHeader header(List<Unit> units, int firstSection, int periodUntil, String text) {
        Span title = null;
        Span periodSpan = null;
        String periodStart = null;
        String periodEnd = null;
        boolean afterProse = false;
        boolean release = false;
        for (int i = 0; i < firstSection && i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.isTable()) {
                continue;
            }
            boolean marker = u.titleLike() && matchesHeading(u.text(), releaseMarkers);
            release |= marker;
            // "Semi-annual Report, January–June 2014" names the report though its date makes it a date line
            boolean reportName = u.block().kind() != BlockKind.LIST_ITEM && WHITESPACE.split(u.text().strip()).length <= 12
                    && namesReport(u.text());
            // a list item is a web page's menu entry ("Home") or a first bullet, not the report's name
            if (title == null && (u.titleLike() || reportName) && !marker && !afterProse
                    && u.block().kind() != BlockKind.LIST_ITEM) {
                title = trim(u.span(), text);
            }
            // the title stands above the first paragraph ("Media contact: ..." at a release's end is none)
            afterProse |= !u.titleLike() && !u.isLabel() && !u.dateLine() && !u.placeDate()
                    && WHITESPACE.split(u.text().strip()).length >= 12;
            if ((periodSpan == null || u.isLabel("period")) && i < periodUntil) {
                for (DateMention d : u.dates()) {
                    if (d.start().hasYear() && (d.start().day() == null || !d.start().equals(d.end()))) {
                        periodSpan = d.span();
                        periodStart = d.start().iso();
                        periodEnd = d.end().hasYear() ? d.end().iso() : d.end().withYear(d.start().year()).iso();
                        break;
                    }
                }
            }
        }
        if (title == null && release && firstSection < units.size() && units.get(firstSection).titleLike()) {
            title = trim(units.get(firstSection).span(), text); // "PRESS RELEASE" above its headline: the headline
        }
        LocalDate dateline = null;
        Span datelineSpan = null;
        for (int i = 0; i < units.size() && i < 12 && dateline == null; i++) {
            Unit u = units.get(i);
            if (u.isTable() || u.dates().isEmpty() || u.titleLike()) {
                continue; // "14 April 2017 — Launch of the policy": a dated title, not a release's dateline
            }
            DateMention d = u.dates().get(0);
            String before = text.substring(u.span().start(), d.span().start());
            // "[Lima, 3 May 2016]", "(Lima, ...", "Lima/Peru, ...": the place in brackets or with a slash
            String place = OPENING_BRACKET.matcher(before).replaceFirst("").replace('/', ',');
            // "On 14 June 2016, we convened ...", "El 15 de febrero realizamos ...": a sentence's opening word
            // is no place of a dateline
            boolean leads = before.isBlank()
                    || PLACE_PREFIX.matcher(place).matches() && !SENTENCE_OPENER.matcher(place.strip()).matches()
                    && !SENTENCE_BREAK.matcher(before).find(); // "Seminar on Cybercrime. On 22 April ..." is prose
            // A dateline opens the release's first paragraph ("Washington, D.C., March 3, 2011 — The OAS
            // ...") or stands in the header above the first activity; an activity's own place/date
            // line is not one.
            boolean opensProse = DATELINE_DASH.matcher(text).region(d.span().end(), u.span().end()).lookingAt()
                    || !before.isBlank() && DATELINE_STOP.matcher(text).region(d.span().end(), u.span().end()).lookingAt();
            if (!leads || !isFullDay(d.start())) {
                continue;
            }
            // Only the first dated line can be the dateline, and never an activity's bullet.
            if ((opensProse || i < firstSection) && d.start().equals(d.end())
                    && u.block().kind() != BlockKind.LIST_ITEM) {
                dateline = LocalDate.of(d.start().year(), d.start().month(), d.start().day());
                datelineSpan = d.span();
            }
            break;
        }
        return new ReportHeader(title, periodStart, periodEnd, periodSpan, dateline, datelineSpan);
    }

    private static boolean isFullDay(PartialDate d) {
        return d.year() != null && d.month() != null && d.day() != null;
    }

    // ------------------------------------------------------------------ helpers

    /** The first n sentences of a paragraph (the "opening" that says what happened when). */
    static String opening(String text, int n, String language) {
        return Sentences.shared().opening(text, n, language);
    }

    private static Span stripNumber(Span s, String text) {
        Matcher m = SECTION_NUMBER.matcher(s.of(text));
        Span out = m.find() && m.end() < s.length() ? new Span(s.start() + m.end(), s.end()) : s;
        return trim(out, text);
    }

    static Span trim(Span s, String text) {
        int a = s.start();
        int b = s.end();
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '·')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",;:–—-".indexOf(text.charAt(b - 1)) >= 0)) {
            b--;
        }
        return new Span(a, b);
    }

    /**
     * Each section named where its title says more than the activity's name (see {@link Section#name}): a title that
     * is a sentence of prose dating the activity gives the activity phrase in it ("On 5 October 2017, a regional
     * meeting of drug control heads was convened in Kathmandu"); a heading naming only a kind of activity ("2.
     * TRAINING", "Field days", "II. CAPACITACIÓN") gives the one its first paragraph names. The fields still read the
     * whole title.
     */
    private List<Section> named(List<Section> sections, List<Unit> units, String text, String language) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            Span name = s.title() == null ? null : nameIn(s, units, text, language);
            out.add(name == null ? s : s.named(name));
        }
        return out;
    }

    private Span nameIn(Section s, List<Unit> units, String text, String language) {
        Unit u = units.stream().filter(x -> x.span().contains(s.title())).findFirst().orElse(null);
        if (u == null || u.isTable() || u.isLabel()) {
            return null;
        }
        if (u.titleLike()) {
            // "Minutes of the 14th meeting of the Technical Working Group", "Report on the regional workshop on ...",
            // "Acta de la sexta reunión ordinaria": the document's kind before the activity's name
            Matcher kind = REPORT_OF.matcher(text).region(s.title().start(), s.title().end());
            if (kind.lookingAt() && words.mentionsActivity(text.substring(kind.end(), s.title().end()))) {
                return new Span(kind.end(), s.title().end());
            }
            // the heading's words as written: activity words keep their accents ("Formación")
            String heading = TRAILING_STOPS.matcher(SECTION_NUMBER.matcher(u.text().strip()).replaceFirst("")).replaceAll("");
            if (s.body().isEmpty() || !words.onlyActivityWords(heading, HEADING_MODIFIERS)) {
                return null;
            }
            Span first = s.body().get(0);
            Span opening = new Span(first.start(), first.start() + opening(first.of(text), 1, language).length());
            List<DateMention> ds = units.stream().filter(x -> x.span().contains(first)).findFirst()
                    .map(Unit::dates).orElse(List.of());
            return ProseTitle.in(opening, text, ds, words);
        }
        // "5 December 2013 – Kigali: Closing conference of the 2013 work plan": a year dates no sentence
        boolean dated = u.dates().stream().anyMatch(d -> s.title().contains(d.span()) && isEventDate(d));
        return dated && WHITESPACE.split(s.title().of(text).strip()).length >= SENTENCE_TITLE_WORDS
                ? ProseTitle.in(s.title(), text, u.dates(), words) : null;
    }

    /** A word of report-names.tsv and the preposition and article after it: "Minutes of the ", "Informe de la ". */
    private static final Pattern REPORT_OF = Pattern.compile("(?:" + String.join("|", REPORT_NAMES.stream().map(Pattern::quote).toList())
            + ")\\s+(?:of|on|from|de|del|sobre)\\s+(?:(?:the|la|el|los|las)\\s+)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words from which a title read from prose is a sentence, not a name. */
    private static final int SENTENCE_TITLE_WORDS = 6;

    private static List<Section> renumber(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            out.add(new Section(i, s.span(), s.title(), s.kind(), s.labels(), s.headerLines(), s.body(), s.name()));
        }
        return out;
    }
}

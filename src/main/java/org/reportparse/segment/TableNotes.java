package org.reportparse.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reportparse.annotate.Phrases;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;
import org.reportparse.extract.BlockKind;

/**
 * Prose after an activity table or a list of event bullets that tells more about one of its rows: "The camp was
 * organized with the Ministry of Education ... The youth forum was co-hosted by the Commonwealth Secretariat." A
 * sentence whose subject names exactly one row's activity (every word of the subject is in that row's title)
 * becomes part of that row's body, so its partners and counts are read for it. A sentence about all of them ("All
 * events were co-organized with SPREP") becomes part of each, unless it gives a number (a total is no row's count).
 */
final class TableNotes {
    /** The verbs after such a subject (subject-verbs.tsv), as one alternation. */
    private static final String VERBS = "(?:" + Resources.tsv("subject-verbs.tsv").stream()
            .map(r -> Phrases.quote(r[0].strip())).collect(Collectors.joining("|")) + ")\\b";
    /** "The youth forum was ...", "El taller contó con ...": a definite subject of up to five words, then its verb. */
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:The|This|El|La|Los|Las|Este|Esta)\\s+((?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+)\\s+" + VERBS);
    /** "All events were ...", "Both workshops were ...", "Todas las actividades fueron ...": a subject naming every row. */
    private static final Pattern ALL_SUBJECT = Pattern.compile(
            Phrases.anyBreak("^(?:All|Both|Each of the|Todas|Todos|Ambos|Ambas)") + "\\s+((?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)\\s+" + VERBS);
    /** "All activities were funded by ...": the plural nouns for any kind of activity, which name no kind of their own. */
    private static final Pattern ANY_ACTIVITY = Pattern.compile(Phrases.anyBreak("(?:the )?(?:activities|events|actividades|eventos|las actividades|los eventos)"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

    private TableNotes() {}

    /** The sections with such sentences added to their rows' bodies; sections in document order. */
    static List<Section> attach(List<Section> sections, List<Unit> units, String text, String language, ActivityWords activities) {
        List<Section> out = new ArrayList<>(sections);
        introductions(out, units, text, language);
        List<Integer> rows = new ArrayList<>(); // indices in out of the table rows the prose may refer to
        int next = 0;                            // the first section not yet passed
        for (Unit u : units) {
            while (next < out.size() && out.get(next).span().start() <= u.span().start()) {
                SectionKind kind = out.get(next).kind();
                rows = kind == SectionKind.TABLE_ROW || kind == SectionKind.BULLET ? appendRow(rows, out, next) : new ArrayList<>();
                next++;
            }
            if (rows.isEmpty() || u.isTable() || inAny(out, u.span())) {
                continue;
            }
            if (u.titleLike()) {
                rows = new ArrayList<>(); // a heading ends the table's notes
                continue;
            }
            if (u.block().kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            for (Span sentence : Sentences.shared().split(text, u.span(), language)) {
                Matcher all = ALL_SUBJECT.matcher(text).region(sentence.start(), sentence.end());
                if (all.lookingAt() && rows.size() > 1 && (activities.mentionsActivity(all.group(1))
                        || ANY_ACTIVITY.matcher(all.group(1)).matches())
                        && sentence.of(text).chars().noneMatch(Character::isDigit)) {
                    rows.forEach(r -> addToBody(out, r, sentence));
                    continue;
                }
                Matcher m = SUBJECT.matcher(text).region(sentence.start(), sentence.end());
                if (!m.lookingAt()) {
                    continue;
                }
                int row = onlyRowNamed(words(m.group(1)), rows, out, text);
                if (row >= 0) {
                    addToBody(out, row, sentence);
                }
            }
        }
        return out;
    }

    /**
     * A paragraph that announces the table under it ("In 2019 the programme delivered the following courses with the
     * support of the EU and WCO:") tells about every row, as a note about all of them after it does: its last
     * sentence joins each row's body, unless it gives a number other than a year (a total is no row's count).
     */
    private static void introductions(List<Section> sections, List<Unit> units, String text, String language) {
        for (int k = 1; k < units.size(); k++) {
            Unit table = units.get(k);
            // "Table 2. Trainings delivered in 2022" between the paragraph and its table
            int above = k > 1 && CAPTION.matcher(units.get(k - 1).text()).lookingAt() ? k - 2 : k - 1;
            Unit intro = units.get(above);
            if (!table.isTable() || intro.isTable() || intro.isLabel() || intro.block().kind() != BlockKind.PARAGRAPH
                    || inAny(sections, intro.span())) {
                continue;
            }
            List<Span> sentences = Sentences.shared().split(text, intro.span(), language);
            Span last = sentences.isEmpty() ? intro.span() : sentences.get(sentences.size() - 1);
            String said = last.of(text).strip();
            if (!(said.endsWith(":") || ANNOUNCES.matcher(said).find()) || WORD_SPLIT.split(said).length < 6
                    || NOT_A_YEAR.matcher(said).find()) {
                continue;
            }
            for (int r = 0; r < sections.size(); r++) {
                if (sections.get(r).kind() == SectionKind.TABLE_ROW && table.span().contains(sections.get(r).span())) {
                    addToBody(sections, r, last);
                }
            }
        }
    }

    /** A table's caption: "Table 2.", "Tabla 1:", "Cuadro 3 –". */
    private static final Pattern CAPTION = Pattern.compile("\\s*(?:Table|Tabla|Cuadro)\\s+\\d+\\b", Pattern.CASE_INSENSITIVE);

    /** "... the following courses", "the table below", "las siguientes actividades": a sentence announcing a table. */
    private static final Pattern ANNOUNCES = Pattern.compile(
            "\\b(?:following|below|as follows|siguientes|a continuación)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A number that is not a year ("75 officers"): a count, or a total. */
    private static final Pattern NOT_A_YEAR = Pattern.compile("(?<![\\p{N}])(?!(?:19|20)\\d\\d(?![\\p{N}]))\\p{N}+");
    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");

    private static void addToBody(List<Section> sections, int row, Span sentence) {
        Section s = sections.get(row);
        List<Span> body = new ArrayList<>(s.body());
        body.add(sentence);
        sections.set(row, new Section(s.index(), s.span(), s.title(), s.kind(), s.labels(), s.headerLines(), body, s.name()));
    }

    /** Rows of one table are consecutive sections; a row after other kinds of sections starts a new table. */
    private static List<Integer> appendRow(List<Integer> rows, List<Section> sections, int index) {
        boolean sameTable = !rows.isEmpty() && rows.get(rows.size() - 1) == index - 1;
        List<Integer> out = sameTable ? rows : new ArrayList<>();
        out.add(index);
        return out;
    }

    private static boolean inAny(List<Section> sections, Span span) {
        for (Section s : sections) {
            if (s.span().contains(span) || span.contains(s.span())) {
                return true;
            }
        }
        return false;
    }

    /** The one row whose title holds every word of the subject, or -1. */
    private static int onlyRowNamed(Set<String> subject, List<Integer> rows, List<Section> sections, String text) {
        int found = -1;
        for (int r : rows) {
            Span title = sections.get(r).title();
            if (title != null && words(title.of(text)).containsAll(subject)) {
                if (found >= 0) {
                    return -1;
                }
                found = r;
            }
        }
        return found;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(Resources.fold(m.group()));
        }
        return out;
    }
}

package org.reportparse.annotate.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.annotate.Span;
import org.reportparse.model.AttendanceValue;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;

/**
 * How many people took part: a count in a participants label or table cell first ("Participants:
 * approx. 110", "34 (29 women)"), else the counts of people in the section's prose, else a count tied to
 * taking part in the title ("Workshop for 30 journalists"). Null when the
 * section gives no count of people. Thread-safe; load once per process.
 */
public final class AttendanceField implements FieldAnnotator<AttendanceValue> {
    private final AttendanceAnnotator counts;

    private AttendanceField(AttendanceAnnotator counts) {
        this.counts = counts;
    }

    public static AttendanceField load() {
        return new AttendanceField(AttendanceAnnotator.shared());
    }

    @Override
    public AttendanceValue annotate(Section section, DocumentContext ctx) {
        Integer year = referenceYear(ctx.header());
        String text = ctx.text();
        for (Labeled label : section.labels("participants")) {
            List<AttendanceChoice.Scored> scored = new ArrayList<>();
            CountMention split = splitByGender(label, text);
            if (split != null) {
                scored.add(new AttendanceChoice.Scored(split, AttendanceChoice.labelStrength(split)));
            }
            for (CountMention m : split != null ? List.<CountMention>of() : counts.find(ctx, List.of(label.value()), null)) {
                scored.add(new AttendanceChoice.Scored(m, AttendanceChoice.labelStrength(m)));
            }
            AttendanceValue v = AttendanceChoice.choose(scored, text);
            if (v != null) {
                return v;
            }
        }
        AttendanceValue fromBody = AttendanceChoice.choose(scoreProse(counts.find(ctx, section.body(), year)), text);
        if (fromBody == null) {
            fromBody = splitByGenderInProse(section, text);
        }
        if (fromBody != null || section.title() == null) {
            return fromBody;
        }
        // last resort, only a count tied to taking part: "Workshop for 30 journalists"
        List<AttendanceChoice.Scored> inTitle = scoreProse(
                counts.find(ctx, List.of(section.title()), year)).stream()
                .filter(s -> s.strength() >= 2).toList();
        return AttendanceChoice.choose(inTitle, text);
    }

    /** A label that splits its count by gender: "No. of participants (M/F)", "Participantes (H/M)". */
    private static final Pattern GENDER_SPLIT_LABEL = Pattern.compile(
            "(?i)\\b(?:m|f|h|men|women|male|female|males|females|hombres|mujeres|varones)\\s*/\\s*"
                    + "(?:m|f|h|men|women|male|female|males|females|hombres|mujeres|varones)\\b");
    private static final Pattern TWO_COUNTS = Pattern.compile("\\s*(\\d{1,5})\\s*/\\s*(\\d{1,5})\\s*\\.?\\s*");

    /**
     * Under a label split by gender, "4/26" is 4 men and 26 women: 30 people (read alone it could be a
     * date or a fraction). Null for other labels or values.
     */
    private static CountMention splitByGender(Labeled label, String text) {
        if (label.label() == null || !GENDER_SPLIT_LABEL.matcher(label.label()).find()) {
            return null;
        }
        Matcher m = TWO_COUNTS.matcher(label.value().of(text));
        if (!m.matches()) {
            return null;
        }
        int count = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2));
        return new CountMention(count, Qualifier.EXACT, label.value(), null, CountedKind.PARTICIPANTS, 0,
                true, true, false, true, false, false, false, false, false, false, 0);
    }

    /** "M/F: 12/15", "Participants (H/M): 10/12" written in a paragraph: the two counts after a gender split. */
    private static final Pattern GENDER_SPLIT_IN_PROSE = Pattern.compile(
            GENDER_SPLIT_LABEL.pattern() + "\\)?\\s*[:=]\\s*(\\d{1,5})\\s*/\\s*(\\d{1,5})\\b(?!\\s*/)");

    /**
     * When the prose gives no other count, a gender split in it is the attendance ("M/F: 12/15" is 27 people): the
     * numbers alone read as a date or a fraction.
     */
    private static AttendanceValue splitByGenderInProse(Section section, String text) {
        for (Span paragraph : section.body()) {
            Matcher m = GENDER_SPLIT_IN_PROSE.matcher(text).region(paragraph.start(), paragraph.end());
            if (m.find()) {
                int count = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2));
                Span span = new Span(m.start(1), m.end(2));
                return count < 2 ? null : new AttendanceValue(count, Qualifier.EXACT.code(), span.of(text), span);
            }
        }
        return null;
    }

    private static List<AttendanceChoice.Scored> scoreProse(List<CountMention> all) {
        List<AttendanceChoice.Scored> scored = new ArrayList<>();
        for (CountMention m : all) {
            List<CountMention> peopleBefore = new ArrayList<>(); // a loop: this runs for every pair of counts
            for (CountMention o : all) {
                // "Attendance was 45 on day one and 38 ...": a bare figure right after its cue counts people too
                boolean people = o.countsPeople() || o.kind() == CountedKind.NONE && o.adjacentCue();
                if (o.sentence() == m.sentence() && people && o.span().start() < m.span().start()) {
                    peopleBefore.add(o);
                }
            }
            scored.add(new AttendanceChoice.Scored(m, AttendanceChoice.bodyStrength(m, peopleBefore)));
        }
        return scored;
    }

    /**
     * The activity's year for telling background sentences apart: the covered period's start, else the
     * release date (a dated report about last year must not make all its sentences background).
     */
    static Integer referenceYear(ReportHeader header) {
        String start = header.periodStart();
        if (start != null && start.length() >= 4 && Character.isDigit(start.charAt(0)) && Character.isDigit(start.charAt(1))
                && Character.isDigit(start.charAt(2)) && Character.isDigit(start.charAt(3))) {
            return Integer.parseInt(start.substring(0, 4));
        }
        return header.dateline() == null ? null : header.dateline().getYear();
    }
}

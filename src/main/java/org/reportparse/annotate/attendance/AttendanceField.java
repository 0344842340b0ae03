package org.reportparse.annotate.attendance;

import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
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
            for (CountMention m : counts.find(ctx, List.of(label.value()), null)) {
                scored.add(new AttendanceChoice.Scored(m, AttendanceChoice.labelStrength(m)));
            }
            AttendanceValue v = AttendanceChoice.choose(scored, text);
            if (v != null) {
                return v;
            }
        }
        AttendanceValue fromBody = AttendanceChoice.choose(scoreProse(counts.find(ctx, section.body(), year)), text);
        if (fromBody != null || section.title() == null) {
            return fromBody;
        }
        // last resort, only a count tied to taking part: "Workshop for 30 journalists"
        List<AttendanceChoice.Scored> inTitle = scoreProse(
                counts.find(ctx, List.of(section.title()), year)).stream()
                .filter(s -> s.strength() >= 2).toList();
        return AttendanceChoice.choose(inTitle, text);
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

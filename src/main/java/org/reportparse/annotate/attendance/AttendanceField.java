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
 * approx. 110", "34 (29 women)"), else the counts of people in the section's prose. Null when the
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
            for (CountMention m : counts.find(text, label.value().start(), label.value().end(), null)) {
                scored.add(new AttendanceChoice.Scored(m, AttendanceChoice.labelStrength(m)));
            }
            AttendanceValue v = AttendanceChoice.choose(scored, text);
            if (v != null) {
                return v;
            }
        }
        List<CountMention> all = counts.find(text, section.body(), year);
        List<AttendanceChoice.Scored> scored = new ArrayList<>();
        for (CountMention m : all) {
            List<CountMention> peopleBefore = all.stream()
                    .filter(o -> o.sentence() == m.sentence() && o.countsPeople() && o.span().start() < m.span().start())
                    .toList();
            scored.add(new AttendanceChoice.Scored(m, AttendanceChoice.bodyStrength(m, peopleBefore)));
        }
        return AttendanceChoice.choose(scored, text);
    }

    /** The activity's year for telling background sentences apart: the release date, else the period start. */
    static Integer referenceYear(ReportHeader header) {
        if (header.dateline() != null) {
            return header.dateline().getYear();
        }
        String start = header.periodStart();
        if (start != null && start.length() >= 4 && start.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(start.substring(0, 4));
        }
        return null;
    }
}

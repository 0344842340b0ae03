package org.reportparse.annotate.date;

import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.annotate.Span;
import org.reportparse.model.DateValue;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.Section;

/**
 * The activity's date: a date label first, then the header lines, then the first date in the body.
 * First version; the date issue deepens year inference and the choice among body dates.
 */
public final class DateField implements FieldAnnotator<DateValue> {
    private final DateAnnotator dates;

    public DateField(DateAnnotator dates) {
        this.dates = dates;
    }

    @Override
    public DateValue annotate(Section section, DocumentContext ctx) {
        List<Span> places = new ArrayList<>();
        section.labels("date").stream().map(Labeled::value).forEach(places::add);
        places.addAll(section.headerLines());
        places.addAll(section.body());
        for (Span s : places) {
            List<DateMention> found = dates.find(ctx.text(), s.start(), s.end(), ctx.language());
            if (!found.isEmpty()) {
                return toValue(found.get(0), ctx);
            }
        }
        return null;
    }

    private DateValue toValue(DateMention m, DocumentContext ctx) {
        PartialDate start = m.start();
        PartialDate end = m.end();
        if (!start.hasYear() && ctx.header().periodStart() != null) {
            int y = Integer.parseInt(ctx.header().periodStart().substring(0, 4));
            start = start.withYear(y);
            end = end.hasYear() ? end : end.withYear(y);
        }
        List<String> days = m.days().stream().map(PartialDate::iso).toList();
        return new DateValue(start.iso(), end.iso(), days.isEmpty() ? null : days, ctx.textOf(m.span()), m.span());
    }
}

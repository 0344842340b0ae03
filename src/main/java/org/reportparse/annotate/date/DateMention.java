package org.reportparse.annotate.date;

import java.time.LocalDate;
import java.util.List;
import org.reportparse.annotate.Span;

/**
 * A date expression found in text, normalized but not yet placed in the document's context
 * (a missing year stays null until the date field infers it; a relative mention has unknown
 * start/end until resolved against the document's date).
 *
 * @param days           the individual days when the text lists them ("17, 18, 20-21"), else empty
 * @param kind           what the expression names: days, months, a season, a bare year, a relative date
 * @param relative       the relative meaning for kind RELATIVE, else null
 * @param order          for numeric dates the day/month order used to read them, else NONE
 * @param orderAmbiguous true when the numeric parts would also read the other way (all parts <= 12)
 */
public record DateMention(Span span, PartialDate start, PartialDate end, List<PartialDate> days, Kind kind,
                          Relative relative, Order order, boolean orderAmbiguous) {

    public enum Kind { DAY, MONTH, SEASON, YEAR, RELATIVE }

    public enum Order { NONE, DAY_FIRST, MONTH_FIRST }

    public DateMention(Span span, PartialDate start, PartialDate end, List<PartialDate> days) {
        this(span, start, end, days, start.day() != null ? Kind.DAY : start.month() != null ? Kind.MONTH : Kind.YEAR,
                null, Order.NONE, false);
    }

    public DateMention {
        days = List.copyOf(days);
    }

    public boolean isRelative() {
        return kind == Kind.RELATIVE;
    }

    /** True when every date in it has a year. */
    public boolean hasYear() {
        return start.hasYear() && end.hasYear();
    }

    /** This mention read in the other numeric order (day/month swapped). */
    public DateMention swapped() {
        Order other = order == Order.DAY_FIRST ? Order.MONTH_FIRST : Order.DAY_FIRST;
        return new DateMention(span, start.swapped(), end.swapped(), days.stream().map(PartialDate::swapped).toList(),
                kind, relative, other, orderAmbiguous);
    }

    /** A relative mention made absolute against the text's date; other mentions are returned unchanged. */
    public DateMention resolve(LocalDate anchor) {
        if (relative == null) {
            return this;
        }
        PartialDate[] r = relative.resolve(anchor);
        Kind k = r[0].day() != null ? Kind.DAY : r[0].month() != null ? Kind.MONTH : Kind.YEAR;
        return new DateMention(span, r[0], r[1], List.of(), k, relative, order, false);
    }

    /** All dates of this mention given the year y for those without one. */
    public DateMention withYear(int y) {
        PartialDate s = start.hasYear() ? start : start.withYear(y);
        PartialDate e = end.hasYear() ? end : end.withYear(y);
        if (!start.hasYear() && !end.hasYear() && e.compareInYear(s) < 0) {
            // "30 December - 2 January" without a year: the start is in the year before
            s = s.withYear(y - 1);
        }
        int startYear = s.year();
        List<PartialDate> d = days.stream()
                .map(p -> p.hasYear() ? p : p.withYear(p.compareInYear(start) < 0 ? startYear + 1 : startYear))
                .toList();
        return new DateMention(span, s, e, d, kind, relative, order, orderAmbiguous);
    }
}

package org.reportparse.annotate.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A date given relative to the text's own date: "tomorrow" (DAY +1), "next Tuesday" (WEEKDAY +1,
 * Tuesday), "last week" (WEEK -1).
 *
 * @param weekday 1 (Monday) to 7 for WEEKDAY, else 0
 */
public record Relative(Unit unit, int offset, int weekday) {
    public enum Unit { DAY, WEEKDAY, WEEK, MONTH, YEAR }

    static Relative parse(String value, int weekday) {
        String[] p = value.split(":");
        return new Relative(Unit.valueOf(p[0].toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(p[1]), weekday);
    }

    /** [start, end] of the meant period, seen from the anchor date. */
    public PartialDate[] resolve(LocalDate anchor) {
        switch (unit) {
            case DAY -> {
                PartialDate d = PartialDate.of(anchor.plusDays(offset));
                return new PartialDate[] {d, d};
            }
            case WEEKDAY -> {
                DayOfWeek dow = DayOfWeek.of(weekday);
                LocalDate d = offset > 0 ? anchor.with(TemporalAdjusters.next(dow))
                        : offset < 0 ? anchor.with(TemporalAdjusters.previous(dow))
                        : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
                return new PartialDate[] {PartialDate.of(d), PartialDate.of(d)};
            }
            case WEEK -> {
                LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
                return new PartialDate[] {PartialDate.of(monday), PartialDate.of(monday.plusDays(6))};
            }
            case MONTH -> {
                LocalDate m = anchor.plusMonths(offset);
                PartialDate d = new PartialDate(m.getYear(), m.getMonthValue(), null);
                return new PartialDate[] {d, d};
            }
            default -> {
                PartialDate d = new PartialDate(anchor.getYear() + offset, null, null);
                return new PartialDate[] {d, d};
            }
        }
    }
}

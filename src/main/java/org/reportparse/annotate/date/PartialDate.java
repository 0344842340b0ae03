package org.reportparse.annotate.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A calendar date known to some precision: year, month and day may each be unknown (null). */
public record PartialDate(Integer year, Integer month, Integer day) {
    public static final PartialDate UNKNOWN = new PartialDate(null, null, null);

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    // equals and hashCode written out (the same values a record generates): the generated ones are
    // linked through method handles at their first call, which spins ~25 classes in a one-document run.
    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate d && Objects.equals(year, d.year) && Objects.equals(month, d.month)
                && Objects.equals(day, d.day);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hashCode(year) + Objects.hashCode(month)) + Objects.hashCode(day);
    }

    public boolean hasYear() {
        return year != null;
    }

    public PartialDate withYear(Integer y) {
        return new PartialDate(y, month, day);
    }

    /** Day and month exchanged: the other reading of an ambiguous numeric date. */
    public PartialDate swapped() {
        return day == null ? this : new PartialDate(year, day, month);
    }

    /** True when month and day name a real day (in any year when the year is unknown). */
    public boolean valid() {
        if (month == null || month < 1 || month > 12) {
            return month == null && day == null;
        }
        return day == null || (day >= 1 && day <= YearMonth.of(year == null ? 2000 : year, month).lengthOfMonth());
    }

    /** The first day this date may mean, in year y when the year is unknown (29 February clamps to 28 in other years). */
    public LocalDate first(int y) {
        YearMonth ym = YearMonth.of(year == null ? y : year, month == null ? 1 : month);
        return ym.atDay(day == null ? 1 : Math.min(day, ym.lengthOfMonth()));
    }

    /** The last day this date may mean, in year y when the year is unknown. */
    public LocalDate last(int y) {
        YearMonth ym = YearMonth.of(year == null ? y : year, month == null ? 12 : month);
        return day == null ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** Month-and-day order ignoring the year: negative when this comes earlier in a year. */
    int compareInYear(PartialDate o) {
        int m = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
        return m != 0 ? m : Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
    }

    /** ISO text at the known precision: YYYY-MM-DD, YYYY-MM or YYYY; "--MM-DD" when the year is unknown. */
    public String iso() {
        StringBuilder sb = new StringBuilder(10);
        if (year == null) {
            sb.append('-');
        } else {
            padded(sb, year, 4);
        }
        if (month != null) {
            padded(sb.append('-'), month, 2);
            if (day != null) {
                padded(sb.append('-'), day, 2);
            }
        }
        return sb.toString();
    }

    /** Appends v zero-padded to width digits, as String.format("%0<width>d") does (which is slow per date). */
    private static StringBuilder padded(StringBuilder sb, int v, int width) {
        if (v < 0) {
            return sb.append(String.format("%0" + width + "d", v));
        }
        String digits = Integer.toString(v);
        for (int k = digits.length(); k < width; k++) {
            sb.append('0');
        }
        return sb.append(digits);
    }
}

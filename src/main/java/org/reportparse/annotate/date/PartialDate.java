package org.reportparse.annotate.date;

/** A calendar date known to some precision: year, month and day may each be unknown (null). */
public record PartialDate(Integer year, Integer month, Integer day) {

    public boolean hasYear() {
        return year != null;
    }

    public PartialDate withYear(int y) {
        return new PartialDate(y, month, day);
    }

    /** ISO text at the known precision: YYYY-MM-DD, YYYY-MM or YYYY; "--MM-DD" when the year is unknown. */
    public String iso() {
        StringBuilder sb = new StringBuilder();
        sb.append(year == null ? "-" : String.format("%04d", year));
        if (month != null) {
            sb.append('-').append(String.format("%02d", month));
            if (day != null) {
                sb.append('-').append(String.format("%02d", day));
            }
        }
        return sb.toString();
    }
}

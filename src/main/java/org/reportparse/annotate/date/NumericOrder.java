package org.reportparse.annotate.date;

import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.DocumentContext;

/**
 * Decides once per document whether its numeric dates are day-first or month-first: numeric
 * dates whose parts settle it (a part above 12, or a range that only runs forward one way) vote;
 * with no vote the language's default stands, with a warning unless the language is day-first
 * (Spanish) and so settles the order.
 */
final class NumericOrder {
    private static final String MEMO_KEY = "date.numericOrder";

    private final DateAnnotator dates;

    NumericOrder(DateAnnotator dates) {
        this.dates = dates;
    }

    /** The document's order, or NONE when nothing in it tells. */
    DateMention.Order of(DocumentContext ctx) {
        return ctx.memo(MEMO_KEY, () -> {
            int dayFirst = 0;
            int monthFirst = 0;
            int wordsDayFirst = 0;
            int wordsMonthFirst = 0;
            for (DateMention m : dates.find(ctx.text(), 0, ctx.text().length(), ctx.language())) {
                DateMention.Order vote = m.orderAmbiguous() ? byDuration(m) : m.order();
                dayFirst += vote == DateMention.Order.DAY_FIRST ? 1 : 0;
                monthFirst += vote == DateMention.Order.MONTH_FIRST ? 1 : 0;
                DateMention.Order written = m.order() == DateMention.Order.NONE && m.kind() == DateMention.Kind.DAY
                        ? writtenOrder(ctx.textOf(m.span())) : DateMention.Order.NONE;
                wordsDayFirst += written == DateMention.Order.DAY_FIRST ? 1 : 0;
                wordsMonthFirst += written == DateMention.Order.MONTH_FIRST ? 1 : 0;
            }
            if (dayFirst == monthFirst) {
                // no numeric date settles it: the way the document writes its dates in words does
                dayFirst = wordsDayFirst;
                monthFirst = wordsMonthFirst;
            }
            return dayFirst == monthFirst ? DateMention.Order.NONE
                    : dayFirst > monthFirst ? DateMention.Order.DAY_FIRST : DateMention.Order.MONTH_FIRST;
        });
    }

    /**
     * Whether a date written with a month name puts the day first ("4 Oct 2017", "1-2 de diciembre")
     * or the month ("October 4, 2017", "December 1-2, 2005"): what follows its last day number
     * (an ordinal ending aside) is a word or not. NONE without a day number.
     */
    static DateMention.Order writtenOrder(String date) {
        if (NUMERIC_FORM.matcher(date).find()) {
            return DateMention.Order.NONE; // "2014-06-03", "03/06/2013": no month name
        }
        int day = -1;
        for (int i = 0; i < date.length(); i++) {
            if (Character.isDigit(date.charAt(i))) {
                int j = i;
                while (j < date.length() && Character.isDigit(date.charAt(j))) {
                    j++;
                }
                if (j - i <= 2) {
                    day = j;
                }
                i = j;
            }
        }
        if (day < 0) {
            return DateMention.Order.NONE;
        }
        Matcher ordinal = ORDINAL.matcher(date).region(day, date.length());
        int k = ordinal.lookingAt() ? ordinal.end() : day;
        while (k < date.length() && (date.charAt(k) == ' ' || date.charAt(k) == '.')) {
            k++;
        }
        return k < date.length() && Character.isLetter(date.charAt(k)) ? DateMention.Order.DAY_FIRST
                : DateMention.Order.MONTH_FIRST;
    }

    private static final Pattern ORDINAL = Pattern.compile("(?i)(?:st|nd|rd|th|º|°)(?!\\p{L})");
    private static final Pattern NUMERIC_FORM = Pattern.compile("\\d[/.]\\d|\\d{4}-\\d");

    /**
     * The order under which an ambiguous range lasts a month at most when the other reading lasts
     * longer ("05/03/2012 - 07/03/2012": 5-7 March rather than 3 May - 3 July; activities last
     * days), or null when its length does not tell.
     */
    static DateMention.Order byDuration(DateMention m) {
        if (m.start().day() == null || m.end().day() == null || m.start().equals(m.end())) {
            return null;
        }
        long asRead = days(m);
        long swapped = days(m.swapped());
        if (asRead >= 0 && asRead <= 31 && swapped > 31) {
            return m.order();
        }
        return swapped >= 0 && swapped <= 31 && asRead > 31 ? m.swapped().order() : null;
    }

    private static long days(DateMention m) {
        int year = m.start().hasYear() ? m.start().year() : 2000;
        if (!m.start().valid() || !m.end().valid()) {
            return -1;
        }
        return ChronoUnit.DAYS.between(m.start().first(year), m.end().last(m.end().hasYear() ? m.end().year() : year));
    }

    /** The mention read in the document's order; warns when the order is only the language's guess. */
    DateMention apply(DateMention m, DocumentContext ctx) {
        if (!m.orderAmbiguous()) {
            return m;
        }
        DateMention.Order doc = of(ctx);
        if (doc == DateMention.Order.NONE && !dates.lexicon(ctx.language()).dayFirst()) {
            ctx.warn("numeric date " + ctx.textOf(m.span()) + " read as "
                    + (m.order() == DateMention.Order.DAY_FIRST ? "day/month" : "month/day")
                    + ": the document does not show its order");
            return m;
        }
        DateMention read = doc == DateMention.Order.NONE || doc == m.order() ? m : m.swapped();
        // a reading inside the report's covered period beats one outside it (12.05.2014 in a January-June report)
        DateMention other = read.swapped();
        return other.start().valid() && inPeriod(other, ctx) && !inPeriod(read, ctx) ? other : read;
    }

    /** Whether the mention's start month lies in the report's covered period; true when either is unknown. */
    private static boolean inPeriod(DateMention m, DocumentContext ctx) {
        String from = ctx.header().periodStart();
        String to = ctx.header().periodEnd();
        PartialDate d = m.start();
        if (from == null || to == null || !d.hasYear() || d.month() == null || from.length() < 4 || to.length() < 4) {
            return true;
        }
        int at = d.year() * 12 + d.month();
        return monthIndex(from, 1) <= at && at <= monthIndex(to, 12);
    }

    /** "2014-06" -> its month index; "2014" -> that year's month 'bare'. */
    private static int monthIndex(String iso, int bare) {
        int year = Integer.parseInt(iso.substring(0, 4));
        return year * 12 + (iso.length() >= 7 ? Integer.parseInt(iso.substring(5, 7)) : bare);
    }
}

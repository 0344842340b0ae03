package org.reportparse.annotate.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Span;

/**
 * Finds date expressions in text. First version: English month-name days and ranges only;
 * the date issue replaces it with a data-driven grammar (English and Spanish, numeric dates...).
 */
public final class DateAnnotator {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern MONTH_DAYS = Pattern.compile(
            MONTH + "\\s+(\\d{1,2})(?:\\s*(?:-|–|and)\\s*(\\d{1,2}))?(?:,?\\s*(\\d{4}))?");
    private static final Pattern DAYS_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:\\s*(?:-|–|and)\\s*(\\d{1,2}))?\\s+" + MONTH + "(?:,?\\s*(\\d{4}))?");
    private static final Pattern MONTH_PERIOD = Pattern.compile(
            MONTH + "(?:\\s*(?:-|–|to)\\s*" + MONTH + ")?,?\\s+(\\d{4})");

    private static final DateAnnotator INSTANCE = new DateAnnotator();

    public static DateAnnotator shared() {
        return INSTANCE;
    }

    /** Date mentions within text[from, to), in text order, without overlaps. */
    public List<DateMention> find(String text, int from, int to, String language) {
        List<DateMention> out = new ArrayList<>();
        CharSequence region = text.subSequence(from, to);
        Matcher m = MONTH_DAYS.matcher(region);
        while (m.find()) {
            int month = month(m.group(1));
            Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            int d1 = Integer.parseInt(m.group(2));
            int d2 = m.group(3) == null ? d1 : Integer.parseInt(m.group(3));
            add(out, new DateMention(new Span(from + m.start(), from + m.end()),
                    new PartialDate(year, month, d1), new PartialDate(year, month, d2), List.of()));
        }
        m = DAYS_MONTH.matcher(region);
        while (m.find()) {
            int month = month(m.group(3));
            Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            int d1 = Integer.parseInt(m.group(1));
            int d2 = m.group(2) == null ? d1 : Integer.parseInt(m.group(2));
            add(out, new DateMention(new Span(from + m.start(), from + m.end()),
                    new PartialDate(year, month, d1), new PartialDate(year, month, d2), List.of()));
        }
        m = MONTH_PERIOD.matcher(region);
        while (m.find()) {
            int year = Integer.parseInt(m.group(3));
            int m1 = month(m.group(1));
            int m2 = m.group(2) == null ? m1 : month(m.group(2));
            add(out, new DateMention(new Span(from + m.start(), from + m.end()),
                    new PartialDate(year, m1, null), new PartialDate(year, m2, null), List.of()));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static void add(List<DateMention> out, DateMention d) {
        for (DateMention o : out) {
            if (o.span().overlaps(d.span())) {
                return;
            }
        }
        out.add(d);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }
}

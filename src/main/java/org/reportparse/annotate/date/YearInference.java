package org.reportparse.annotate.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Span;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;

/**
 * The year of a date written without one, from the nearest supporting context: the report period
 * when it brackets the month (one year only), the activity's own lines (the date's line or sentence,
 * its labels, header lines, title), the line dating its news item ("Posted 22 October 2021"), the
 * dateline, the year nearest the report period, the rest of the section, the neighbouring sections,
 * the reference date. Never the clock.
 */
final class YearInference {
    private final DateAnnotator dates;

    YearInference(DateAnnotator dates) {
        this.dates = dates;
    }

    /**
     * @param line the line or sentence the date was read from
     */
    Integer infer(DateMention m, Span line, Section section, DocumentContext ctx) {
        Integer period = periodYear(m.start(), ctx.header());
        if (period != null) {
            return period;
        }
        Integer own = nearestYear(ownLines(section, line), m.span().start(), ctx);
        if (own != null) {
            return own;
        }
        LocalDate posted = postedOn(section, ctx);
        if (posted != null) {
            return nearestYear(m.start(), posted);
        }
        if (ctx.header().dateline() != null) {
            return nearestYear(m.start(), ctx.header().dateline());
        }
        Integer near = periodNearestYear(m.start(), ctx.header());
        if (near != null) {
            return near;
        }
        Integer body = nearestYear(section.body(), m.span().start(), ctx);
        if (body != null) {
            return body;
        }
        Integer neighbour = neighbourYear(section, ctx);
        if (neighbour != null) {
            return neighbour;
        }
        return ctx.referenceDate() == null ? null : nearestYear(m.start(), ctx.referenceDate());
    }

    /** The activity's own lines: the date's line, the date labels, header lines and title. */
    private static List<Span> ownLines(Section s, Span line) {
        List<Span> own = new ArrayList<>(List.of(line));
        s.labels("date").stream().map(Labeled::value).forEach(own::add);
        own.addAll(s.headerLines());
        if (s.title() != null) {
            own.add(s.title());
        }
        return own;
    }

    /**
     * The day an ignored line of the section dates it ("Posted 22 October 2021", "Date of report: ..."): a news
     * item's own dateline, so "on 18 October" in it is that year's, or the year before when it is nearer.
     */
    private LocalDate postedOn(Section s, DocumentContext ctx) {
        for (Labeled l : s.labels("ignore")) {
            for (DateMention d : datedMentions(ctx, l.value())) {
                if (d.start().day() != null) {
                    return d.start().first(d.start().year());
                }
            }
        }
        return null;
    }

    /** The year of the explicitly dated mention nearest to offset within the given spans, or null. */
    private Integer nearestYear(List<Span> within, int offset, DocumentContext ctx) {
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span w : within) {
            for (DateMention d : datedMentions(ctx, w)) {
                int distance = Math.abs(d.span().start() - offset);
                if (distance < bestDistance) {
                    best = d.start().year();
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private List<DateMention> datedMentions(DocumentContext ctx, Span within) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : dates.find(ctx.text(), within.start(), within.end(), ctx.language())) {
            boolean explicit = d.start().hasYear() && d.start().month() != null && !d.isRelative();
            boolean inDateline = ctx.header().datelineSpan() != null && ctx.header().datelineSpan().overlaps(d.span());
            if (explicit && !inDateline) {
                out.add(d);
            }
        }
        return out;
    }

    /** The report period as [first day, last day], or null when the header gives none. */
    private static LocalDate[] period(ReportHeader h) {
        if (h.periodStart() == null) {
            return null;
        }
        try {
            PartialDate ps = parse(h.periodStart());
            PartialDate pe = parse(h.periodEnd() == null ? h.periodStart() : h.periodEnd());
            return new LocalDate[] {ps.first(ps.year()), pe.last(pe.year())};
        } catch (RuntimeException notIso) {
            // a period the segmenter could not normalize gives no year
            return null;
        }
    }

    /** The one year in which (month, day) falls inside the report period, or null. */
    static Integer periodYear(PartialDate date, ReportHeader h) {
        LocalDate[] p = period(h);
        if (p == null || date.month() == null) {
            return null;
        }
        Integer found = null;
        for (int y = p[0].getYear(); y <= p[1].getYear(); y++) {
            if (!date.last(y).isBefore(p[0]) && !date.first(y).isAfter(p[1])) {
                if (found != null) {
                    return null;
                }
                found = y;
            }
        }
        return found;
    }

    /** The year that puts the date nearest to the report period ("coming up: 12-14 November" after July-September). */
    static Integer periodNearestYear(PartialDate date, ReportHeader h) {
        LocalDate[] p = period(h);
        if (p == null || date.month() == null) {
            return null;
        }
        Integer best = null;
        long bestDays = Long.MAX_VALUE;
        for (int y = p[0].getYear() - 1; y <= p[1].getYear() + 1; y++) {
            LocalDate d = date.first(y);
            long days = d.isBefore(p[0]) ? ChronoUnit.DAYS.between(d, p[0]) : d.isAfter(p[1]) ? ChronoUnit.DAYS.between(p[1], d) : 0;
            if (days < bestDays) {
                best = y;
                bestDays = days;
            }
        }
        return best;
    }

    /** The year of the nearest section (by position) that dates itself explicitly. */
    private Integer neighbourYear(Section section, DocumentContext ctx) {
        List<Section> all = ctx.sections();
        for (int distance = 1; distance < all.size(); distance++) {
            for (Section other : all) {
                if (Math.abs(other.index() - section.index()) == distance) {
                    Integer y = firstYear(other, ctx);
                    if (y != null) {
                        return y;
                    }
                }
            }
        }
        return null;
    }

    private Integer firstYear(Section s, DocumentContext ctx) {
        List<Span> where = new ArrayList<>();
        s.labels("date").stream().map(Labeled::value).forEach(where::add);
        where.addAll(s.headerLines());
        where.addAll(s.body());
        for (Span w : where) {
            List<DateMention> found = datedMentions(ctx, w);
            if (!found.isEmpty()) {
                return found.get(0).start().year();
            }
        }
        return null;
    }

    /** The year (anchor's, or one either side) that puts the date closest to the anchor. */
    private static int nearestYear(PartialDate date, LocalDate anchor) {
        int best = anchor.getYear();
        long bestDays = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            long days = Math.abs(ChronoUnit.DAYS.between(anchor, date.first(y)));
            if (days < bestDays) {
                best = y;
                bestDays = days;
            }
        }
        return best;
    }

    /** "2005", "2005-04" or "2005-04-01" as a partial date. */
    static PartialDate parse(String iso) {
        String[] p = iso.split("-");
        return new PartialDate(Integer.valueOf(p[0]), p.length > 1 ? Integer.valueOf(p[1]) : null,
                p.length > 2 ? Integer.valueOf(p[2]) : null);
    }
}

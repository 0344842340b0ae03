package org.reportparse.annotate.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;
import org.reportparse.model.DateValue;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.Section;

/**
 * The activity's date: a date label first, then the header lines, title and other labels' values
 * ("Place: Lima, April 28-29, 2005"), then the first
 * event-like date in the body's opening sentences (not one of preparation, postponement,
 * publication or history). Resolves relative dates against the dateline or reference date,
 * numeric order from the whole document, and a missing year from context.
 */
public final class DateField implements FieldAnnotator<DateValue> {
    /** How many opening sentences of the body may carry the activity's date. */
    private static final int OPENING_SENTENCES = 3;
    private static final Pattern DATELINE_DASH = Pattern.compile("\\.?\\s*[—–-]\\s"); // ".-" in Spanish releases

    private final DateAnnotator dates;
    private final NumericOrder numericOrder;
    private final YearInference years;
    private final Map<String, Cues> cuesByLanguage = new ConcurrentHashMap<>();

    public DateField(DateAnnotator dates) {
        this.dates = dates;
        this.numericOrder = new NumericOrder(dates);
        this.years = new YearInference(dates);
    }

    /** A mention chosen in a line; {@code line} bounds the cue and extension searches. */
    private record Choice(DateMention mention, Span line, boolean body) {}

    @Override
    public DateValue annotate(Section section, DocumentContext ctx) {
        Cues cues = cuesByLanguage.computeIfAbsent(String.valueOf(ctx.language()), k -> new Cues(dates.lexicon(ctx.language())));
        Choice choice = choose(section, ctx, cues);
        if (choice == null) {
            return null;
        }
        DateMention m = complete(choice.mention(), choice.line(), section, ctx);
        if (m == null) {
            return null;
        }
        if (choice.mention().isRelative()) {
            m = dayWithin(m, section, ctx);
        }
        if (choice.body()) {
            m = extend(m, choice, section, ctx, cues);
        }
        m = week(m, choice.line(), ctx, cues);
        m = daysOfMonth(m, choice.line(), section, ctx);
        m = bracketedDays(m, choice.line(), section, ctx);
        m = daysOfListedPlaces(m, choice.line(), section, ctx);
        List<String> days = m.days().size() > 1 ? m.days().stream().map(PartialDate::iso).toList() : null;
        return new DateValue(m.start().iso(), m.end().iso(), days, ctx.textOf(m.span()), m.span());
    }

    private Choice choose(Section s, DocumentContext ctx, Cues cues) {
        Choice labelled = labelled(s, ctx, cues);
        if (labelled != null) {
            return labelled;
        }
        List<Span> lines = new ArrayList<>(s.headerLines());
        if (s.title() != null) {
            lines.add(s.title());
        }
        // "Place: Lima, Peru, April 28-29, 2005": other labels' values often carry the date too (not ignored
        // ones: "Posted on 14 May 2018", "Date of report: ..." date the page)
        s.labels().stream().filter(l -> !l.key().equals("date") && !l.key().equals("ignore")).map(Labeled::value)
                .forEach(lines::add);
        for (Span line : lines) {
            Choice c = first(line, ctx, cues, false, false);
            if (c != null) {
                return c;
            }
        }
        int seen = 0;
        for (Span paragraph : s.body()) {
            for (Span sentence : Sentences.shared().split(ctx, paragraph)) {
                if (seen++ >= OPENING_SENTENCES) {
                    return itemDateline(s, ctx);
                }
                if (!cues.skippedSentence(ctx.textOf(sentence))) {
                    Choice c = first(sentence, ctx, cues, true, false);
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return itemDateline(s, ctx);
    }

    /**
     * In a document of several activities, a "dateline" inside one of them opens a news item, not a release:
     * "FERIA DE EDUCACIÓN FINANCIERA / Guayaquil, 23 de noviembre de 2018. Con el auspicio ..." was held that
     * day, when nothing else in its opening dates it.
     */
    private Choice itemDateline(Section s, DocumentContext ctx) {
        Span dateline = ctx.header().datelineSpan();
        if (dateline == null || ctx.sections().size() < 2 || !s.span().contains(dateline)) {
            return null;
        }
        for (DateMention m : dates.find(ctx.text(), dateline.start(), dateline.end(), ctx.language())) {
            if (m.span().equals(dateline) && !m.isRelative()) {
                return new Choice(m, dateline, false);
            }
        }
        return null;
    }

    /** The first date label's date; a later "End date:" label's date ends it. */
    private Choice labelled(Section s, DocumentContext ctx, Cues cues) {
        Choice start = null;
        for (Labeled l : s.labels("date")) {
            Choice c = first(l.value(), ctx, cues, false, true);
            if (c == null) {
                continue;
            }
            if (start == null) {
                start = c;
            } else if (cues.endLabel(l.label()) && !c.mention().isRelative() && !start.mention().isRelative()) {
                DateMention a = start.mention();
                DateMention b = c.mention();
                return new Choice(new DateMention(a.span(), a.start(), b.end(), List.of(), a.kind(), null, a.order(),
                        a.orderAmbiguous() || b.orderAmbiguous()), start.line(), false);
            }
        }
        return start;
    }

    /** The first usable date in a line: not a bare year (unless labelled), not the dateline, not cue-skipped. */
    private Choice first(Span line, DocumentContext ctx, Cues cues, boolean body, boolean labelled) {
        for (DateMention m : dates.find(ctx.text(), line.start(), line.end(), ctx.language())) {
            boolean usable = (labelled || !yearOnly(m, ctx))
                    && !isDateline(m, ctx)
                    && (!m.isRelative() || anchor(ctx) != null)
                    && !cues.skipped(ctx.text(), line.start(), m.span().start(), m.span().end(), line.end());
            if (usable) {
                return new Choice(m, line, body);
            }
        }
        return null;
    }

    /** A bare year, or a relative one ("earlier this year", "last year"): no event's date unless labelled. */
    private static boolean yearOnly(DateMention m, DocumentContext ctx) {
        return m.kind() == DateMention.Kind.YEAR
                || m.isRelative() && anchor(ctx) != null && m.resolve(anchor(ctx)).kind() == DateMention.Kind.YEAR;
    }

    /**
     * The release date of a press release, not its event: inside the header's dateline span, or
     * (when the segmenter gave no span) the dateline's own date followed by a dash ("March 3, 2011 — The").
     */
    private static boolean isDateline(DateMention m, DocumentContext ctx) {
        Span span = ctx.header().datelineSpan();
        if (span != null) {
            return span.overlaps(m.span());
        }
        LocalDate d = ctx.header().dateline();
        return d != null && !m.isRelative() && m.start().equals(PartialDate.of(d)) && m.end().equals(m.start())
                && DATELINE_DASH.matcher(ctx.text()).region(m.span().end(), ctx.text().length()).lookingAt();
    }

    /** Makes a mention absolute: relative words, numeric order, missing year. */
    private DateMention complete(DateMention raw, Span line, Section s, DocumentContext ctx) {
        DateMention m = raw.isRelative() ? raw.resolve(anchor(ctx)) : numericOrder.apply(raw, ctx);
        if (m.hasYear() || m.start().month() == null) {
            return m;
        }
        Integer y = years.infer(m, line, s, ctx);
        if (y == null) {
            ctx.warn("date without a year: " + ctx.textOf(m.span()));
            return m;
        }
        return m.withYear(y);
    }

    /** In the body sentence: "until tomorrow" ends the range; "a two-day course" gives a one-day date its end. */
    private DateMention extend(DateMention m, Choice c, Section s, DocumentContext ctx, Cues cues) {
        for (DateMention later : dates.find(ctx.text(), m.span().end(), c.line().end(), ctx.language())) {
            if (later.kind() == DateMention.Kind.YEAR || !cues.endsRange(ctx.text(), c.line().start(), later.span().start())) {
                continue;
            }
            DateMention end = complete(later, c.line(), s, ctx);
            if (end.hasYear() && m.hasYear() && end.end().first(0).isAfter(m.start().first(0))) {
                return ranged(m, m.start(), end.end());
            }
        }
        boolean oneDay = m.hasYear() && m.start().day() != null && m.start().equals(m.end());
        if (!oneDay) {
            return m;
        }
        boolean ended = cues.concludes(ctx.text(), c.line().start(), m.span().start(), m.span().end(), c.line().end());
        DateMention begun = ended ? begunOn(m, c, s, ctx, cues) : null;
        if (begun != null) {
            return ranged(m, begun.start(), m.end());
        }
        DateMention around = rangeAround(m, s, ctx);
        if (around != null) {
            return ranged(m, around.start(), around.end());
        }
        DateMention until = ended ? null : runsUntil(m, s, ctx, cues);
        if (until != null) {
            return ranged(m, m.start(), until.end());
        }
        // a stated length runs forward from a start ("a two-day course opened today") or back from an end
        int days = cues.durationDays(ctx.textOf(c.line()));
        if (days > 1) {
            LocalDate day = m.start().first(0);
            return ended ? ranged(m, PartialDate.of(day.minusDays(days - 1L)), m.end())
                    : ranged(m, m.start(), PartialDate.of(day.plusDays(days - 1L)));
        }
        return m;
    }

    /**
     * A range of days in the opening sentences that holds m's day: "graduated today" and then "The course,
     * held from 11 to 21 March, ..." ran 11-21 March; or one that ended a day or two before it in the same
     * sentence. At most a month long, so a programme's period is none.
     */
    private DateMention rangeAround(DateMention m, Section s, DocumentContext ctx) {
        LocalDate day = m.start().first(0);
        return openingDay(s, ctx, (r, sentence) -> {
            LocalDate a = r.start().first(0);
            LocalDate b = r.end().first(0);
            // or, in the sentence that gives the day, a range that has just ended: "clausuraron hoy un
            // ciclo de talleres realizados entre el 20 de febrero y el 6 de marzo"
            boolean holds = !day.isBefore(a) && !day.isAfter(b);
            boolean justEnded = sentence.contains(m.span()) && !b.isAfter(day) && !day.isAfter(b.plusDays(2));
            return !r.start().equals(r.end()) && (holds || justEnded) && !b.isAfter(a.plusDays(31));
        });
    }

    /**
     * A day after m's in the opening sentences that the activity goes on to ("runs until", "se extenderá hasta"):
     * "opened today" and then "The course, which runs until 7 June, ..." ran from today to 7 June. At most a month later, so a
     * programme's end is none.
     */
    private DateMention runsUntil(DateMention m, Section s, DocumentContext ctx, Cues cues) {
        LocalDate day = m.start().first(0);
        return openingDay(s, ctx, (r, sentence) -> r.start().equals(r.end()) && r.start().first(0).isAfter(day)
                && !r.start().first(0).isAfter(day.plusDays(31)) && cues.continuesUntil(ctx.text(), sentence.start(), r.span().start()));
    }

    /**
     * The first date of days (not relative, not the dateline) in the opening sentences of the body that accept
     * takes with its sentence, completed; or null.
     */
    private DateMention openingDay(Section s, DocumentContext ctx, BiPredicate<DateMention, Span> accept) {
        int seen = 0;
        for (Span paragraph : s.body()) {
            for (Span sentence : Sentences.shared().split(ctx, paragraph)) {
                if (seen++ >= RANGE_SENTENCES) {
                    return null;
                }
                for (DateMention d : dates.find(ctx.text(), sentence.start(), sentence.end(), ctx.language())) {
                    if (d.kind() != DateMention.Kind.DAY || d.isRelative() || isDateline(d, ctx)) {
                        continue;
                    }
                    DateMention r = complete(d, sentence, s, ctx);
                    if (r.hasYear() && r.start().day() != null && r.end().day() != null && accept.test(r, sentence)) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "the week of 10 September", "la semana del 12 de junio": a working week, from the day to its Friday
     * (Monday 10 September: 10-14); from a Friday, the day and the six after it.
     */
    private static DateMention week(DateMention m, Span line, DocumentContext ctx, Cues cues) {
        boolean oneDay = m.hasYear() && m.start().day() != null && m.start().equals(m.end()) && !m.isRelative();
        if (!oneDay || !cues.opensWeek(ctx.text(), line.start(), m.span().start(), m.span().end())) {
            return m;
        }
        LocalDate day = m.start().first(0);
        int toFriday = (DayOfWeek.FRIDAY.getValue() - day.getDayOfWeek().getValue() + 7) % 7;
        return ranged(m, m.start(), PartialDate.of(day.plusDays(toFriday == 0 ? 6 : toFriday)));
    }

    /**
     * A relative period refined by the days the opening sentences give inside it: "This week the team held a
     * dialogue in Labasa ... on 12 and 13 March" ran on 12-13 March, not all week; "Last month, on 20 February".
     */
    private DateMention dayWithin(DateMention m, Section s, DocumentContext ctx) {
        if (!m.hasYear() || m.start().equals(m.end()) && m.start().day() != null) {
            return m;
        }
        LocalDate first = m.start().first(0);
        LocalDate last = m.end().last(0);
        DateMention inside = openingDay(s, ctx,
                (r, sentence) -> !r.start().first(0).isBefore(first) && !r.end().first(0).isAfter(last));
        return inside == null ? m : inside;
    }

    /** How many opening sentences of the body may hold the range around a one-day date. */
    private static final int RANGE_SENTENCES = 5;

    /**
     * A month refined by the days its line gives later within it: "In April 2016, two study visits were
     * organized: to Riga (11-13 April) and to Vilnius (14-15 April)" ran 11-15 April.
     */
    private DateMention daysOfMonth(DateMention m, Span line, Section s, DocumentContext ctx) {
        if (!m.hasYear() || m.start().day() != null || m.start().month() == null || !m.start().equals(m.end())) {
            return m;
        }
        LocalDate first = null;
        LocalDate last = null;
        for (DateMention d : dates.find(ctx.text(), m.span().end(), line.end(), ctx.language())) {
            if (d.kind() != DateMention.Kind.DAY || d.isRelative()) {
                continue;
            }
            DateMention r = complete(d, line, s, ctx);
            if (r == null || !r.hasYear() || r.start().day() == null || r.end().day() == null
                    || !r.start().year().equals(m.start().year()) || !r.start().month().equals(m.start().month())
                    || !r.end().month().equals(m.start().month())) {
                continue;
            }
            first = first == null || r.start().first(0).isBefore(first) ? r.start().first(0) : first;
            last = last == null || r.end().first(0).isAfter(last) ? r.end().first(0) : last;
        }
        return first == null ? m : ranged(m, PartialDate.of(first), PartialDate.of(last));
    }

    /**
     * Days in brackets after the places of one tour: "visited Lima (3 May 2017), Cusco (5 May) and Arequipa
     * (7 May)" ran on 3, 5 and 7 May. Only a bracketed day followed by more bracketed days within a month.
     */
    private DateMention bracketedDays(DateMention m, Span line, Section s, DocumentContext ctx) {
        if (!m.hasYear() || m.start().day() == null || !m.start().equals(m.end()) || !bracketed(m.span(), ctx.text())) {
            return m;
        }
        List<PartialDate> days = new ArrayList<>(List.of(m.start()));
        LocalDate first = m.start().first(0);
        for (DateMention d : dates.find(ctx.text(), m.span().end(), line.end(), ctx.language())) {
            if (d.kind() != DateMention.Kind.DAY || d.isRelative() || !bracketed(d.span(), ctx.text())) {
                continue;
            }
            DateMention r = complete(d, line, s, ctx);
            if (r == null || !r.hasYear() || r.start().day() == null || !r.start().equals(r.end())) {
                continue;
            }
            LocalDate day = r.start().first(0);
            if (!day.isAfter(days.get(days.size() - 1).first(0)) || day.isAfter(first.plusDays(31))) {
                break;
            }
            days.add(r.start());
        }
        return days.size() < 2 ? m : new DateMention(m.span(), m.start(), days.get(days.size() - 1), List.copyOf(days),
                m.kind(), null, m.order(), false);
    }

    /** Longest text between the dates of two listed places ("July 2018 and in Gizo (Western Province) on "). */
    private static final int LISTED_GAP = 80;
    /** A series of stops runs at most half a year ("Quito on 12-14 March, La Paz on 9-11 April and Asunción on 20-22 June"). */
    private static final int LISTED_SPAN_DAYS = 183;

    /**
     * Each place of a list with its own days: "in Auki from 17th to 19th July 2018 and in Gizo on 2nd and 3rd August
     * 2018", "Castries (July 9-13) and Kingstown (July 23-27)" ran from the first day to the last, on the days named.
     * A later date counts when an "and" or comma and a capitalized name lie between, or only list separators and
     * brackets ("[10-12 April 2017], [24-26 April 2017]"), within half a year.
     */
    private DateMention daysOfListedPlaces(DateMention m, Span line, Section s, DocumentContext ctx) {
        if (!m.hasYear() || m.start().day() == null || m.end().day() == null || m.days().size() > 1) {
            return m;
        }
        List<DateMention> parts = new ArrayList<>(List.of(m));
        int from = m.span().end();
        for (DateMention d : dates.find(ctx.text(), from, line.end(), ctx.language())) {
            if (d.kind() != DateMention.Kind.DAY || d.isRelative()
                    || !listedPlaceBetween(ctx.text(), from, d.span().start()) && !listSeparatorsOnly(ctx.text(), from, d.span().start())) {
                break;
            }
            DateMention r = complete(d, line, s, ctx);
            LocalDate last = parts.get(parts.size() - 1).end().first(0);
            if (!r.hasYear() || r.start().day() == null || r.end().day() == null || !r.start().first(0).isAfter(last)
                    || r.end().first(0).isAfter(m.start().first(0).plusDays(LISTED_SPAN_DAYS))) {
                break;
            }
            parts.add(r);
            from = d.span().end();
        }
        if (parts.size() < 2) {
            return m;
        }
        List<PartialDate> days = new ArrayList<>();
        for (DateMention p : parts) {
            if (p.days().size() > 1) {
                days.addAll(p.days());
            } else {
                for (LocalDate day = p.start().first(0); !day.isAfter(p.end().first(0)); day = day.plusDays(1)) {
                    days.add(PartialDate.of(day));
                }
            }
        }
        return new DateMention(m.span(), m.start(), parts.get(parts.size() - 1).end(), List.copyOf(days), m.kind(), null,
                m.order(), false);
    }

    /** text[from, to) joins two listed places' dates: short, with "and"/"y" or a comma, and a capitalized name. */
    private static boolean listedPlaceBetween(String text, int from, int to) {
        if (to - from > LISTED_GAP || to <= from) {
            return false;
        }
        String between = text.substring(from, to);
        boolean joined = between.contains(" and ") || between.contains(" y ") || between.contains(",");
        boolean name = false;
        for (int i = 1; i < between.length() && !name; i++) {
            name = Character.isUpperCase(between.charAt(i)) && between.charAt(i - 1) == ' ';
        }
        return joined && name && between.indexOf('.') < 0 && between.indexOf(';') < 0;
    }

    /** "[10-12 April 2017], [24-26 April 2017] and [15-17 May 2017]", "3-5 May; 7-9 June": dates listed as one series. */
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\s\\[\\]()]*(?:[,;&]|and|y)?[\\s\\[\\]()]*(?:(?:and|y)[\\s\\[\\]()]*)?");

    /** text[from, to) holds only brackets and list separators between two dates. */
    private static boolean listSeparatorsOnly(String text, int from, int to) {
        return to > from && to - from <= 12 && LIST_SEPARATORS.matcher(text).region(from, to).matches();
    }

    private static boolean bracketed(Span date, String text) {
        int i = date.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == '(';
    }

    /** m's mention running from start to end. */
    private static DateMention ranged(DateMention m, PartialDate start, PartialDate end) {
        return new DateMention(m.span(), start, end, List.of(), m.kind(), null, m.order(), false);
    }

    /**
     * For a date the activity ended on ("concluded today"): a day before it after "began"/"se inició"
     * later in the paragraph or the next ("which began yesterday"), or null.
     */
    private DateMention begunOn(DateMention m, Choice c, Section s, DocumentContext ctx, Cues cues) {
        // the paragraph of the date and the next one ("El taller, que se inició el lunes 11 de marzo, ...")
        int paragraphEnd = c.line().end();
        for (int i = 0; i < s.body().size(); i++) {
            if (s.body().get(i).contains(c.line())) {
                paragraphEnd = s.body().get(Math.min(i + 1, s.body().size() - 1)).end();
                break;
            }
        }
        for (DateMention d : dates.find(ctx.text(), m.span().end(), paragraphEnd, ctx.language())) {
            if (d.kind() == DateMention.Kind.YEAR || !cues.begins(ctx.text(), c.line().start(), d.span().start())
                    || d.isRelative() && anchor(ctx) == null) {
                continue;
            }
            DateMention begun = complete(d, c.line(), s, ctx);
            if (begun.hasYear() && begun.start().day() != null && begun.start().first(0).isBefore(m.start().first(0))) {
                return begun;
            }
        }
        return null;
    }

    private static LocalDate anchor(DocumentContext ctx) {
        return ctx.header().dateline() != null ? ctx.header().dateline() : ctx.referenceDate();
    }
}

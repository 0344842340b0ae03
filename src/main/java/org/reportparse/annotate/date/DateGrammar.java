package org.reportparse.annotate.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportparse.annotate.Span;

/**
 * The date grammar, the same for every language; the words come from a {@link Lexicon}.
 * <pre>
 * expression := [opener] group (connector group)*  |  numeric (range numeric)?  |  year (range year)?
 * group      := [weekday [,]] days [filler] month [year]     "1-2 December", "22 y 23 de agosto de 2007"
 *             | [weekday [,]] month [days] [year]            "December 1-2, 2005", "April 2005"
 *             | season [year]                                "first quarter of 2006"
 * days       := day (connector day)*                         "17, 18, 20-21", "15th and 16th"
 * </pre>
 * Connectors are ranges ("-", "to", "al") or lists (",", "and", "y"); after "between"/"entre" the
 * first list connector closes a range. Groups joined by a range form one range across months
 * ("30 November - 2 December 2006"); joined by a list they give separate days. A year applies to
 * the groups before it, else to those after it.
 */
final class DateGrammar {
    private static final int MAX_LISTED_DAYS = 62;
    /** The word types the grammar consults at the first token of an expression (see parse and expression). */
    private static final List<String> STARTING_PHRASES = List.of("veto", "relative", "season");
    private static final List<String> STARTING_WORDS = List.of("weekday", "ordinal", "month");
    /** The word types that give an expression its month. */
    private static final List<String> MONTH_TYPES = List.of("month", "season");

    private final Lexicon lex;
    private final boolean dayFirstByDefault;
    private final Set<Character> dayFirstSeparators;
    private final Starts starts;
    /** Words that may start a month or season; null when a placeholder may. */
    private final Set<String> monthWords;

    DateGrammar(Lexicon lex) {
        this.lex = lex;
        this.dayFirstByDefault = lex.dayFirst();
        this.dayFirstSeparators = lex.dayFirstSeparators();
        this.starts = new Starts(lex, STARTING_PHRASES, STARTING_WORDS, "opener");
        Set<String> months = lex.firstWords(MONTH_TYPES);
        // only words of letters can be looked for in tokens of another language (see mayNameMonth)
        this.monthWords = months != null && months.stream().allMatch(DateGrammar::isLetters) ? months : null;
    }

    /**
     * Whether text tokenized in any language may hold a date with a month in this grammar's: a
     * numeric date, a month name or a season phrase. When not, parsing cannot find one (a cheap
     * test before retrying another language). Tokens of another language serve because only number
     * clusters tokenize differently by language (ordinal suffixes), and never into a word, nor
     * whether they are a numeric date (a cluster with letters glued after it never is one).
     */
    boolean mayNameMonth(List<Token> tokens) {
        if (monthWords == null) {
            return true;
        }
        for (Token tok : tokens) {
            if (tok.is(Token.Type.NUMDATE) || tok.is(Token.Type.WORD) && !tok.isOtherWord() && monthWords.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    private enum GroupType { DAYS, MONTH, SEASON }

    /** Days [from, to] of one month; month -1 marks a season with months [from, to]. */
    private record Group(GroupType type, List<int[]> items, int month, Integer year, int start, int end, boolean abbr) {}

    private record Conn(boolean range, int next) {}

    private record Parsed(DateMention mention, int end) {}

    /** Mutable state of one expression: a pending "between" and whether a range was seen. */
    private static final class State {
        boolean between;
        boolean sawRange;
    }

    List<DateMention> parse(List<Token> t) {
        List<DateMention> out = new ArrayList<>();
        int n = t.size();
        int lineEnd = 0;
        int i = 0;
        while (i < n) {
            if (i >= lineEnd) {
                lineEnd = i + 1;
                while (lineEnd < n && !t.get(lineEnd).lineStart()) {
                    lineEnd++;
                }
            }
            if (!starts.possible(t, i, lineEnd)) { // most tokens: skipped without trying every rule
                i++;
                continue;
            }
            Lexicon.Match veto = lex.phrase("veto", t, i, lineEnd);
            if (veto != null) {
                i = veto.end();
                continue;
            }
            Lexicon.Match rel = lex.phrase("relative", t, i, lineEnd);
            if (rel != null && rel.weekday() != 0 && rel.end() - 1 > i) {
                // "on Monday, 3 March 2014": a weekday that starts a full date belongs to it, not to a relative phrase
                Parsed whole = expression(t, rel.end() - 1, lineEnd);
                if (whole != null && whole.end() > rel.end()) {
                    out.add(whole.mention()); // parsed here already: not again from the weekday
                    i = whole.end();
                    continue;
                }
            }
            if (rel != null) {
                Span span = new Span(t.get(i).start(), t.get(rel.end() - 1).end());
                out.add(new DateMention(span, PartialDate.UNKNOWN, PartialDate.UNKNOWN, List.of(),
                        DateMention.Kind.RELATIVE, Relative.parse(rel.entry().value(), rel.weekday()),
                        DateMention.Order.NONE, false));
                i = rel.end();
                continue;
            }
            Parsed p = expression(t, i, lineEnd);
            if (p != null) {
                out.add(p.mention());
                i = p.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Parsed expression(List<Token> t, int i, int lim) {
        Parsed numeric = numeric(t, i, lim);
        if (numeric != null) {
            return numeric;
        }
        Parsed glued = gluedDayMonthYear(t, i, lim);
        if (glued != null) {
            return glued;
        }
        State st = new State();
        int j = i;
        Lexicon.Entry opener = lex.word("opener", t.get(i));
        if (opener != null) {
            st.between = opener.value().equals("between");
            j = skipFillers(t, i + 1, lim);
        }
        Group g = group(t, j, lim, st);
        if (g == null) {
            return opener == null ? year(t, i, lim) : null;
        }
        List<Group> groups = new ArrayList<>(List.of(g));
        List<Boolean> ranges = new ArrayList<>();
        int k = g.end();
        while (true) {
            Conn c = connector(t, k, lim, st);
            Group next = c == null ? null : group(t, c.next(), lim, st);
            if (next == null) {
                break;
            }
            commit(c, st);
            groups.add(next);
            ranges.add(c.range());
            k = next.end();
        }
        if (!acceptable(groups, ranges, t, i, k, lim)) {
            return null;
        }
        int spanStart = opener != null && st.sawRange ? t.get(i).start() : t.get(groups.get(0).start()).start();
        DateMention m = build(groups, ranges, new Span(spanStart, t.get(k - 1).end()));
        // "February 30" or "31 June" is not a date
        boolean valid = m.start().valid() && m.end().valid() && m.days().stream().allMatch(PartialDate::valid);
        return valid ? new Parsed(m, k) : null;
    }

    /**
     * A month or season with neither day nor year is a date only after "in"/"during"... or in a range, or as
     * the head of a line ("Junio: Misión técnica a Medellín", "June – Study tour").
     */
    private boolean acceptable(List<Group> groups, List<Boolean> ranges, List<Token> t, int i, int k, int lim) {
        boolean hasDayOrYear = groups.stream().anyMatch(g -> g.type() == GroupType.DAYS || g.year() != null);
        if (hasDayOrYear) {
            return true;
        }
        if (groups.stream().anyMatch(Group::abbr)) {
            return ranges.contains(true);
        }
        return ranges.contains(true) || lex.endsBefore("monthprep", t, i) || headsLine(t, i, k, lim);
    }

    private static boolean headsLine(List<Token> t, int i, int k, int lim) {
        Token after = at(t, k, lim);
        // or the whole text read: a header line holding only the month ("Junio" cut from "Junio: Misión ...")
        return (i == 0 || t.get(i).lineStart()) && t.get(i).capitalized() && (after == null ? i == 0
                : after.isPunct(':') || after.isPunct('–') || after.isPunct('—') || after.isPunct('-'));
    }

    private DateMention build(List<Group> groups, List<Boolean> ranges, Span span) {
        Integer[] years = new Integer[groups.size()];
        for (int g = groups.size() - 1; g >= 0; g--) {
            years[g] = groups.get(g).year() != null ? groups.get(g).year() : g + 1 < years.length ? years[g + 1] : null;
        }
        for (int g = 1; g < years.length; g++) {
            years[g] = years[g] != null ? years[g] : years[g - 1];
        }
        List<PartialDate[]> segments = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Group gr = groups.get(g);
            for (int it = 0; it < gr.items().size(); it++) {
                PartialDate[] seg = segment(gr, gr.items().get(it), years[g]);
                if (it == 0 && g > 0 && ranges.get(g - 1)) {
                    segments.get(segments.size() - 1)[1] = seg[1];
                } else {
                    segments.add(seg);
                }
            }
        }
        for (PartialDate[] seg : segments) {
            if (seg[0].hasYear() && seg[0].year().equals(seg[1].year()) && seg[1].compareInYear(seg[0]) < 0) {
                seg[0] = seg[0].withYear(seg[0].year() - 1);
            }
        }
        PartialDate start = segments.get(0)[0];
        PartialDate end = segments.get(segments.size() - 1)[1];
        boolean season = groups.stream().anyMatch(g -> g.type() == GroupType.SEASON);
        DateMention.Kind kind = season ? DateMention.Kind.SEASON
                : start.day() != null ? DateMention.Kind.DAY : DateMention.Kind.MONTH;
        List<PartialDate> days = segments.size() > 1 && kind == DateMention.Kind.DAY ? listDays(segments) : List.of();
        return new DateMention(span, start, end, days, kind, null, DateMention.Order.NONE, false);
    }

    private static PartialDate[] segment(Group g, int[] item, Integer year) {
        if (g.type() == GroupType.SEASON) {
            return new PartialDate[] {new PartialDate(year, item[0], null), new PartialDate(year, item[1], null)};
        }
        if (g.type() == GroupType.MONTH) {
            PartialDate m = new PartialDate(year, g.month(), null);
            return new PartialDate[] {m, m};
        }
        return new PartialDate[] {new PartialDate(year, g.month(), item[0]), new PartialDate(year, g.month(), item[1])};
    }

    private static List<PartialDate> listDays(List<PartialDate[]> segments) {
        List<PartialDate> days = new ArrayList<>();
        for (PartialDate[] seg : segments) {
            int y = seg[0].hasYear() ? seg[0].year() : 2000;
            LocalDate d = seg[0].first(y);
            LocalDate last = seg[1].last(seg[1].hasYear() ? seg[1].year() : y + (seg[1].compareInYear(seg[0]) < 0 ? 1 : 0));
            for (; !d.isAfter(last) && days.size() < MAX_LISTED_DAYS; d = d.plusDays(1)) {
                days.add(seg[0].hasYear() ? PartialDate.of(d) : new PartialDate(null, d.getMonthValue(), d.getDayOfMonth()));
            }
        }
        return days;
    }

    private Group group(List<Token> t, int i, int lim, State st) {
        int j = skipWeekday(t, i, lim);
        boolean weekday = j > i;
        boolean between = st.between;
        Group g = daysFirst(t, j, lim, st);
        if (g == null) {
            st.between = between;
            g = monthFirst(t, j, lim, st);
        }
        if (g == null && !weekday) {
            g = season(t, j, lim);
        }
        return g == null ? null : new Group(g.type(), g.items(), g.month(), g.year(), i, g.end(), g.abbr());
    }

    private Group daysFirst(List<Token> t, int j, int lim, State st) {
        List<int[]> days = new ArrayList<>();
        int k = days(t, j, lim, days, st);
        if (k < 0) {
            return null;
        }
        int m = skipFillers(t, k, lim);
        Lexicon.Entry month = lex.word("month", at(t, m, lim));
        if (month == null) {
            return null;
        }
        int end = skipAbbrDot(t, m + 1, lim, month);
        int[] y = yearAfter(t, end, lim);
        return new Group(GroupType.DAYS, days, month.intValue(), y == null ? null : y[0], j, y == null ? end : y[1], false);
    }

    private Group monthFirst(List<Token> t, int j, int lim, State st) {
        Lexicon.Entry month = lex.word("month", at(t, j, lim));
        if (month == null) {
            return null;
        }
        int end = skipAbbrDot(t, j + 1, lim, month);
        List<int[]> days = new ArrayList<>();
        int k = days(t, skipFillers(t, end, lim), lim, days, st);
        int[] y = yearAfter(t, k < 0 ? end : k, lim);
        int last = y != null ? y[1] : k < 0 ? end : k;
        GroupType type = k < 0 ? GroupType.MONTH : GroupType.DAYS;
        if (type == GroupType.MONTH) {
            days = List.of(new int[] {0, 0});
        }
        return new Group(type, days, month.intValue(), y == null ? null : y[0], j, last, month.flags().contains("abbr"));
    }

    private Group season(List<Token> t, int j, int lim) {
        Lexicon.Match s = lex.phrase("season", t, j, lim);
        if (s == null) {
            return null;
        }
        String[] months = s.entry().value().split("-");
        int[] y = yearAfter(t, s.end(), lim);
        return new Group(GroupType.SEASON, List.<int[]>of(new int[] {Integer.parseInt(months[0]), Integer.parseInt(months[1])}),
                -1, y == null ? null : y[0], j, y == null ? s.end() : y[1], false);
    }

    /** Reads day (connector day)* into days; returns the index after the last day, or -1. */
    private int days(List<Token> t, int j, int lim, List<int[]> days, State st) {
        int d = day(t, j, lim);
        if (d < 0) {
            return -1;
        }
        days.add(new int[] {d, d});
        int k = j + 1;
        while (true) {
            Conn c = connector(t, k, lim, st);
            int next = c == null ? -1 : day(t, c.next(), lim);
            if (next < 0) {
                return k;
            }
            commit(c, st);
            if (c.range()) {
                days.get(days.size() - 1)[1] = next;
            } else {
                days.add(new int[] {next, next});
            }
            k = c.next() + 1;
        }
    }

    private int day(List<Token> t, int j, int lim) {
        Token tok = at(t, j, lim);
        if (tok == null) {
            return -1;
        }
        if (tok.is(Token.Type.NUM) && tok.digits() <= 2 && tok.value() >= 1 && tok.value() <= 31) {
            return tok.value();
        }
        Lexicon.Entry ord = lex.word("ordinal", tok);
        return ord == null ? -1 : ord.intValue();
    }

    private Conn connector(List<Token> t, int k, int lim, State st) {
        Token tok = at(t, k, lim);
        if (tok == null) {
            return null;
        }
        boolean range;
        if (lex.word("range", tok) != null) {
            range = true;
        } else if (lex.word("list", tok) != null) {
            range = false;
            // "17, 18, and 20": a comma then a list word
            if (tok.isPunct(',') && at(t, k + 1, lim) != null && lex.word("list", t.get(k + 1)) != null) {
                k++;
            }
        } else {
            return null;
        }
        return new Conn(range || (st.between && !tok.isPunct(',')), skipWeekday(t, skipFillers(t, k + 1, lim), lim));
    }

    /** Records a connector as used: a "between ... and" is closed, a range was seen. */
    private static void commit(Conn c, State st) {
        if (c.range()) {
            st.between = false;
            st.sawRange = true;
        }
    }

    /** [year, index after it] when a year follows (after an optional comma and "of"/"de"), else null. */
    private int[] yearAfter(List<Token> t, int k, int lim) {
        int j = k;
        if (isPunct(t, j, lim, ',')) {
            j++;
        }
        j = skipFillers(t, j, lim);
        Token tok = at(t, j, lim);
        return isYear(tok) ? new int[] {tok.value(), j + 1} : null;
    }

    private Parsed year(List<Token> t, int i, int lim) {
        Token tok = t.get(i);
        if (!isYear(tok)) {
            return null;
        }
        int y1 = tok.value();
        int y2 = y1;
        int end = i + 1;
        Token sep = at(t, i + 1, lim);
        Token next = at(t, i + 2, lim);
        if (sep != null && (lex.word("range", sep) != null || sep.isPunct('/')) && isYear(next)
                && next.value() > y1 && next.value() - y1 <= 10) {
            y2 = next.value();
            end = i + 3;
        }
        PartialDate s = new PartialDate(y1, null, null);
        PartialDate e = new PartialDate(y2, null, null);
        return new Parsed(new DateMention(new Span(tok.start(), t.get(end - 1).end()), s, e, List.of(),
                DateMention.Kind.YEAR, null, DateMention.Order.NONE, false), end);
    }

    /** "05.12.2007", "12/05/2007 - 12/06/2007", "2007-12-05": the day/month order is decided here when the parts tell. */
    /**
     * "5-Mar-2019", "05-MAR-19": a day, a month name and a year joined by hyphens, as spreadsheets and
     * databases write them (the hyphens would otherwise read as a range).
     */
    private Parsed gluedDayMonthYear(List<Token> t, int i, int lim) {
        Token day = at(t, i, lim);
        Token month = at(t, i + 2, lim);
        Token year = at(t, i + 4, lim);
        if (day == null || !day.is(Token.Type.NUM) || day.digits() > 2 || month == null || year == null
                || !year.is(Token.Type.NUM) || year.digits() != 4 && year.digits() != 2
                || !hyphenBetween(t.get(i + 1), day, month) || !hyphenBetween(t.get(i + 3), month, year)) {
            return null;
        }
        Lexicon.Entry m = lex.word("month", month);
        if (m == null) {
            return null;
        }
        PartialDate d = new PartialDate(year.digits() == 2 ? 2000 + year.value() : year.value(), Integer.valueOf(m.value()),
                day.value());
        return d.valid() ? new Parsed(new DateMention(new Span(day.start(), year.end()), d, d, List.of(),
                DateMention.Kind.DAY, null, DateMention.Order.NONE, false), i + 5) : null;
    }

    /** A hyphen touching the tokens on both sides. */
    private static boolean hyphenBetween(Token hyphen, Token before, Token after) {
        return hyphen.isPunct('-') && hyphen.start() == before.end() && hyphen.end() == after.start();
    }

    private Parsed numeric(List<Token> t, int i, int lim) {
        int j = skipWeekday(t, i, lim);
        Parsed dayRange = dayRangeNumeric(t, i, j, lim);
        if (dayRange != null) {
            return dayRange;
        }
        Token a = at(t, j, lim);
        if (a == null || !a.is(Token.Type.NUMDATE)) {
            return null;
        }
        List<Token> parts = new ArrayList<>(List.of(a));
        Token conn = at(t, j + 1, lim);
        Token b = at(t, j + 2, lim);
        if (conn != null && lex.word("range", conn) != null && b != null && b.is(Token.Type.NUMDATE)) {
            parts.add(b);
        }
        boolean iso = parts.stream().allMatch(p -> p.parts()[3] == 1);
        boolean formDayFirst = parts.stream().anyMatch(p -> p.parts()[3] == 2);
        boolean firstBig = parts.stream().anyMatch(p -> p.parts()[3] == 0 && p.parts()[0] > 12);
        boolean secondBig = parts.stream().anyMatch(p -> p.parts()[3] == 0 && p.parts()[1] > 12);
        if (firstBig && secondBig) {
            return null;
        }
        boolean ambiguous = !iso && !formDayFirst && !firstBig && !secondBig;
        boolean dayFirst = firstBig || formDayFirst || (ambiguous && (dayFirstByDefault || dayFirstSeparators.contains(a.separator())));
        PartialDate s = numericDate(parts.get(0), dayFirst);
        PartialDate e = numericDate(parts.get(parts.size() - 1), dayFirst);
        if (ambiguous && parts.size() > 1 && e.first(0).isBefore(s.first(0))) {
            // only the other order gives a forward range
            PartialDate s2 = numericDate(parts.get(0), !dayFirst);
            PartialDate e2 = numericDate(parts.get(1), !dayFirst);
            if (s2.valid() && e2.valid() && !e2.first(0).isBefore(s2.first(0))) {
                dayFirst = !dayFirst;
                ambiguous = false;
                s = s2;
                e = e2;
            }
        }
        if (!s.valid() || !e.valid()) {
            return null;
        }
        Token last = parts.get(parts.size() - 1);
        DateMention.Order order = iso ? DateMention.Order.NONE
                : dayFirst ? DateMention.Order.DAY_FIRST : DateMention.Order.MONTH_FIRST;
        int endIndex = parts.size() > 1 ? j + 3 : j + 1;
        return new Parsed(new DateMention(new Span(t.get(i).start(), last.end()), s, e, List.of(),
                DateMention.Kind.DAY, null, order, ambiguous), endIndex);
    }

    /**
     * "3-5/3/2014", "3 al 5/03/2014": a day, a range connector and a numeric date ending the range; "21 y
     * 22/08/2017", "21 and 22.08.2017": with a list word, those two days. A day before the date can only be its
     * day, so the date reads day first.
     */
    private Parsed dayRangeNumeric(List<Token> t, int i, int j, int lim) {
        Token day = at(t, j, lim);
        Token conn = at(t, j + 1, lim);
        Token end = at(t, j + 2, lim);
        boolean listed = conn != null && lex.word("list", conn) != null && !conn.isPunct(',');
        if (day == null || !day.is(Token.Type.NUM) || day.digits() > 2 || day.ordinal() || conn == null
                || lex.word("range", conn) == null && !listed || end == null || !end.is(Token.Type.NUMDATE)
                || end.parts()[3] == 1) {
            return null;
        }
        PartialDate e = numericDate(end, true);
        if (!e.valid() || day.value() < 1 || e.day() == null || day.value() >= e.day()) {
            return null;
        }
        PartialDate s = new PartialDate(e.year(), e.month(), day.value());
        return new Parsed(new DateMention(new Span(t.get(i).start(), end.end()), s, e, listed ? List.of(s, e) : List.of(),
                DateMention.Kind.DAY, null, DateMention.Order.DAY_FIRST, false), j + 3);
    }

    private static PartialDate numericDate(Token tok, boolean dayFirst) {
        int[] p = tok.parts();
        boolean df = p[3] != 1 && dayFirst;
        return new PartialDate(p[2], df ? p[1] : p[0], df ? p[0] : p[1]);
    }

    /** Past a weekday name and its comma ("Monday, 3 May"), or k itself. */
    private int skipWeekday(List<Token> t, int k, int lim) {
        Lexicon.Entry weekday = lex.word("weekday", at(t, k, lim));
        if (weekday == null) {
            return k;
        }
        int j = skipAbbrDot(t, k + 1, lim, weekday);
        return isPunct(t, j, lim, ',') ? j + 1 : j;
    }

    private int skipFillers(List<Token> t, int k, int lim) {
        while (k < lim && lex.word("filler", t.get(k)) != null) {
            k++;
        }
        return k;
    }

    private static int skipAbbrDot(List<Token> t, int k, int lim, Lexicon.Entry e) {
        return e.flags().contains("abbr") && isPunct(t, k, lim, '.') ? k + 1 : k;
    }

    private static boolean isLetters(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLetter);
    }

    private static boolean isYear(Token tok) {
        return tok != null && tok.is(Token.Type.NUM) && tok.digits() == 4 && !tok.ordinal()
                && tok.value() >= 1900 && tok.value() <= 2099;
    }

    private static boolean isPunct(List<Token> t, int k, int lim, char c) {
        Token tok = at(t, k, lim);
        return tok != null && tok.isPunct(c);
    }

    private static Token at(List<Token> t, int k, int lim) {
        return k >= 0 && k < lim ? t.get(k) : null;
    }
}

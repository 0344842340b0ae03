package org.reportparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reportparse.annotate.Phrases;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.date.DateMention;

/**
 * A second activity told inside an activity's paragraph: "GPML ... organised a one-day workshop ... on 7 July,
 * attended by 29 investigators. A separate mentoring session for 12 prosecutors followed in Batumi on 14-15
 * July, ..." A sentence (not a paragraph's first) that introduces an activity (an indefinite article or a
 * proper name, see {@link ActivityWords#introducesActivity}) and gives a day of the same year that none of the
 * section's earlier dates holds starts a new section, which runs to the old section's end.
 */
final class LaterActivities {
    /** Plans and background are no activity of their own ("A follow-up meeting will be held on 3 May"): not-held.tsv. */
    private static final Pattern NOT_HELD = Pattern.compile("\\b(?:" + Resources.tsv("not-held.tsv").stream()
            .map(r -> Phrases.quote(r[0].strip())).collect(Collectors.joining("|")) + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ActivityWords words;

    LaterActivities(ActivityWords words) {
        this.words = words;
    }

    List<Section> split(List<Section> sections, List<Unit> units, String text, String language) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            Section rest = s;
            while (rest != null) {
                // a numbered paragraph of prose tells activities as a headed one does
                Section[] parts = rest.kind() == SectionKind.HEADED || rest.kind() == SectionKind.BULLET
                        ? splitOnce(rest, units, text, language) : null;
                if (parts == null) {
                    out.add(rest);
                    rest = null;
                } else {
                    out.add(parts[0]);
                    rest = parts[1];
                }
            }
        }
        return out;
    }

    /** The section cut before its first later activity's sentence, and the new section; null when it holds none. */
    private Section[] splitOnce(Section s, List<Unit> units, String text, String language) {
        List<DateMention> earlier = new ArrayList<>();
        for (Unit u : units) {
            if (u.span().start() < s.span().start() || u.span().start() >= s.span().end()) {
                continue;
            }
            // the dates a bullet's title and header give before its prose, in the same block ("13. The Centre held a
            // course in Abidjan from 23 to 27 May 2016, with ... A follow-up session ... on 12 September 2016.")
            for (DateMention d : u.dates()) {
                if (s.body().stream().anyMatch(b -> u.span().contains(b) && d.span().end() <= b.start())) {
                    earlier.add(d);
                }
            }
            for (Span b : s.body()) {
                if (!u.span().contains(b)) {
                    continue;
                }
                if (!mayIntroduceDay(u, b, text)) {
                    // no sentence of it can start an activity (the sentence model is not run): only dates
                    for (DateMention d : u.dates()) {
                        if (b.contains(d.span())) {
                            earlier.add(d);
                        }
                    }
                    continue;
                }
                List<Span> sentences = Sentences.shared().split(text, b, language);
                for (int i = 0; i < sentences.size(); i++) {
                    Span sentence = sentences.get(i);
                    DateMention day = i == 0 ? null : newDay(u, sentence, earlier, text);
                    if (day != null) {
                        return cut(s, b, sentence, sentences.get(i - 1).end(), text);
                    }
                    for (DateMention d : u.dates()) {
                        if (sentence.contains(d.span())) {
                            earlier.add(d);
                        }
                    }
                }
            }
            // header and title lines date the section too
            if (s.body().stream().noneMatch(b -> u.span().contains(b))) {
                earlier.addAll(u.dates());
            }
        }
        return null;
    }

    /** A paragraph with a day's date that introduces an activity somewhere: worth splitting into sentences. */
    private boolean mayIntroduceDay(Unit u, Span b, String text) {
        boolean day = false;
        for (DateMention d : u.dates()) {
            day |= b.contains(d.span()) && d.start().day() != null;
        }
        return day && words.introducesActivity(b.of(text));
    }

    /** The day the sentence introduces a held activity on, when no earlier date of the section holds it; else null. */
    private DateMention newDay(Unit u, Span sentence, List<DateMention> earlier, String text) {
        String said = sentence.of(text);
        if (earlier.isEmpty() || NOT_HELD.matcher(said).find() || !words.introducesActivity(said)) {
            return null;
        }
        Integer year = earlier.stream().map(e -> e.start().year()).filter(y -> y != null).findFirst().orElse(null);
        for (DateMention d : u.dates()) {
            if (!sentence.contains(d.span()) || d.start().day() == null || !Segmenter.isEventDate(d)) {
                continue;
            }
            boolean sameYear = d.start().year() == null || year == null || d.start().year().equals(year);
            boolean known = earlier.stream().anyMatch(e -> Segmenter.sameDays(d, e));
            return sameYear && !known ? d : null;
        }
        return null;
    }

    private static Section[] cut(Section s, Span paragraph, Span sentence, int before, String text) {
        List<Span> keep = new ArrayList<>();
        List<Span> moved = new ArrayList<>();
        for (Span b : s.body()) {
            if (b.end() <= paragraph.start()) {
                keep.add(b);
            } else if (b.equals(paragraph)) {
                keep.add(Segmenter.trim(new Span(b.start(), before), text));
                moved.add(Segmenter.trim(new Span(sentence.start(), b.end()), text));
            } else {
                moved.add(b);
            }
        }
        Section first = new Section(s.index(), new Span(s.span().start(), before), s.title(), s.kind(), s.labels(),
                s.headerLines(), keep);
        Section second = new Section(s.index(), new Span(sentence.start(), s.span().end()),
                Segmenter.trim(sentence, text), SectionKind.HEADED, List.of(), List.of(), moved);
        return new Section[] {first, second};
    }
}

package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Span;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/**
 * Test helper that lays out sections by hand, independent of the segmenter: a section starts at a
 * line beginning with one of the given titles; short lines after it are header lines, "Key: value"
 * lines are labels, other lines are body paragraphs. A long title line (a bullet) is split at its
 * first sentence.
 */
final class Layout {
    private static final Pattern LABEL = Pattern.compile("^(Place|Venue|Lugar|Date|Fecha|Organizer|Organiser|Organized by"
            + "|Organizan|Organiza|Partners?|Sponsors?|Funding|Financia|Participants|Participantes|Presenters?):\\s*(.+)$");

    private Layout() {}

    /** One section with the given title, header lines and body paragraphs, laid out one per line. */
    static Fixture section(String title, List<String> headerLines, String... paragraphs) {
        StringBuilder b = new StringBuilder(title).append('\n');
        headerLines.forEach(h -> b.append(h).append('\n'));
        for (String p : paragraphs) {
            b.append(p).append('\n');
        }
        String text = b.toString();
        List<Section> sections = split(text, List.of(title));
        return new Fixture(text, sections);
    }

    /** One untitled section whose whole text is body prose. */
    static Fixture prose(String text) {
        Section s = new Section(0, new Span(0, text.length()), null, SectionKind.WHOLE_DOCUMENT, List.of(), List.of(),
                List.of(new Span(0, text.length())));
        return new Fixture(text, List.of(s));
    }

    static List<Section> split(String text, List<String> titles) {
        List<Integer> starts = new ArrayList<>();
        for (String t : titles) {
            String probe = t.length() > 30 ? t.substring(0, 30) : t;
            int i = text.indexOf(probe);
            if (i < 0) {
                throw new IllegalArgumentException("title not in text: " + t);
            }
            starts.add(text.lastIndexOf('\n', i) + 1);
        }
        List<Section> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            out.add(section(k, text, starts.get(k), end));
        }
        return out;
    }

    private static Section section(int index, String text, int start, int end) {
        List<Span> lines = new ArrayList<>();
        for (int i = start; i < end; ) {
            int nl = text.indexOf('\n', i);
            int e = nl < 0 || nl > end ? end : nl;
            if (!text.substring(i, e).isBlank()) {
                lines.add(trim(text, i, e));
            }
            i = e + 1;
        }
        Span title = lines.get(0);
        List<Span> header = new ArrayList<>();
        List<Labeled> labels = new ArrayList<>();
        List<Span> body = new ArrayList<>();
        SectionKind kind = SectionKind.HEADED;
        int dot = text.indexOf(". ", title.start());
        if (title.length() > 150 && dot > 0 && dot + 2 < title.end()) {
            body.add(new Span(dot + 2, title.end()));
            title = new Span(title.start(), dot + 1);
            kind = SectionKind.BULLET;
        }
        boolean inHeader = true;
        for (Span l : lines.subList(1, lines.size())) {
            String s = l.of(text);
            Matcher m = LABEL.matcher(s);
            if (m.matches()) {
                labels.add(new Labeled(key(m.group(1)), m.group(1), new Span(l.start() + m.start(2), l.end())));
            } else if (inHeader && s.length() < 120 && !s.endsWith(".")) {
                header.add(l);
            } else {
                inHeader = false;
                body.add(l);
            }
        }
        return new Section(index, new Span(start, end), title, kind, labels, header, body);
    }

    private static String key(String label) {
        String l = label.toLowerCase();
        if (l.startsWith("place") || l.startsWith("venue") || l.startsWith("lugar")) {
            return "place";
        }
        if (l.startsWith("date") || l.startsWith("fecha")) {
            return "date";
        }
        if (l.startsWith("organi")) {
            return "organizer";
        }
        if (l.startsWith("partner")) {
            return "partner";
        }
        if (l.startsWith("sponsor") || l.startsWith("funding") || l.startsWith("financia")) {
            return "sponsor";
        }
        if (l.startsWith("presenter")) {
            return "presenter";
        }
        return "participants";
    }

    private static Span trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    record Fixture(String text, List<Section> sections) {
        DocumentContext context() {
            return new DocumentContext(text, "en", null, sections, null);
        }

        Section first() {
            return sections.get(0);
        }
    }
}

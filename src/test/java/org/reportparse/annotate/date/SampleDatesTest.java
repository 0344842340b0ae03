package org.reportparse.annotate.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Span;
import org.reportparse.model.DateValue;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/**
 * Invented sample reports in styles the devset lacks (press release with a dateline, day-first
 * numeric annual report across two years, Spanish report). Each {@code samples/NAME.txt} has a
 * {@code NAME.layout.tsv}: a "doc" line (language, period, dateline line and date) and one line per
 * activity (kind, title line, header lines, labels key:line, body lines, expected start and end).
 */
class SampleDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"press-en-dateline", "dayfirst-annual", "informe-es"})
    void activityDatesMatchTheSampleGold(String name) throws IOException {
        String text = read(name + ".txt");
        String[] lines = text.split("\n", -1);
        int[] offsets = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            offsets[i + 1] = offsets[i] + lines[i].length() + 1;
        }
        String[] doc = null;
        List<Section> sections = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String row : read(name + ".layout.tsv").split("\n")) {
            String[] c = row.split("\t");
            if (row.startsWith("#") || row.isBlank()) {
                continue;
            }
            if (c[0].equals("doc")) {
                doc = c;
                continue;
            }
            List<Labeled> labels = new ArrayList<>();
            for (String l : list(c[3])) {
                String[] kv = l.split(":");
                int n = Integer.parseInt(kv[1]);
                Span line = line(offsets, lines, n);
                int colon = lines[n - 1].indexOf(':') + 2;
                labels.add(new Labeled(kv[0], lines[n - 1].substring(0, colon - 1), new Span(line.start() + colon, line.end())));
            }
            List<Span> body = list(c[4]).stream().map(n -> line(offsets, lines, Integer.parseInt(n))).toList();
            Span title = c[1].equals("-") ? null : line(offsets, lines, Integer.parseInt(c[1]));
            Span first = title != null ? title : body.get(0);
            sections.add(new Section(sections.size(), new Span(first.start(), body.get(body.size() - 1).end()), title,
                    SectionKind.valueOf(c[0]), labels,
                    list(c[2]).stream().map(n -> line(offsets, lines, Integer.parseInt(n))).toList(), body));
            expected.add(c[5] + " " + c[6]);
        }
        assertThat(doc).as("doc line in layout").isNotNull();
        LocalDate dateline = doc[5].equals("-") ? null : LocalDate.parse(doc[5]);
        Span datelineSpan = doc[4].equals("-") ? null : datelineSpan(line(offsets, lines, Integer.parseInt(doc[4])), text);
        ReportHeader header = new ReportHeader(null, dash(doc[2]), dash(doc[3]), null, dateline, datelineSpan);
        DocumentContext ctx = new DocumentContext(text, doc[1], header, sections, null);
        DateField field = new DateField(DateAnnotator.shared());
        List<String> found = new ArrayList<>();
        for (Section s : sections) {
            DateValue v = field.annotate(s, ctx);
            found.add(v == null ? "null" : v.start() + " " + v.end());
        }
        assertThat(found).containsExactlyElementsOf(expected);
    }

    /** The dateline is the start of its line up to the dash that opens the text. */
    private static Span datelineSpan(Span line, String text) {
        String s = line.of(text);
        int dash = s.indexOf(" – ");
        return new Span(line.start(), line.start() + (dash < 0 ? s.length() : dash));
    }

    private static List<String> list(String cell) {
        return cell.equals("-") ? List.of() : List.of(cell.split(","));
    }

    private static String dash(String cell) {
        return cell.equals("-") ? null : cell;
    }

    private static Span line(int[] offsets, String[] lines, int n) {
        return new Span(offsets[n - 1], offsets[n - 1] + lines[n - 1].length());
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SampleDatesTest.class.getResourceAsStream("samples/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

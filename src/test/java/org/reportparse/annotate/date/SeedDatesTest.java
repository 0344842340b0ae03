package org.reportparse.annotate.date;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Span;
import org.reportparse.model.DateValue;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/**
 * The seed report's activity dates against its gold, with the sections laid out by line number
 * (as the segmenter should find them) so the test does not depend on the segmenter.
 */
class SeedDatesTest {
    private static final Path SEED = Path.of("samples", "oas-anti-trafficking-2005.txt");
    private static final Path GOLD = Path.of("samples", "oas-anti-trafficking-2005.gold.json");

    /** Per activity: title line, header line, "Place:" label line, first body line (1-based, 0 = none). */
    private static final int[][] LAYOUT = {
        {4, 6, 0, 8}, {10, 12, 0, 13}, {15, 17, 0, 19}, {21, 22, 0, 24}, {26, 28, 0, 29}, {30, 31, 0, 32},
        {34, 0, 35, 36}, {37, 0, 38, 39}, {40, 42, 0, 44}, {0, 0, 0, 50}, {0, 0, 0, 51},
    };

    @Test
    void allSeedActivityDatesMatchTheGold() throws IOException {
        String text = Files.readString(SEED);
        String[] lines = text.split("\n", -1);
        int[] offsets = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            offsets[i + 1] = offsets[i] + lines[i].length() + 1;
        }
        List<Section> sections = new ArrayList<>();
        for (int[] a : LAYOUT) {
            List<Labeled> labels = new ArrayList<>();
            if (a[2] != 0) {
                Span line = line(offsets, lines, a[2]);
                int colon = lines[a[2] - 1].indexOf(':') + 2;
                labels.add(new Labeled("place", "Place:", new Span(line.start() + colon, line.end())));
            }
            Span first = line(offsets, lines, a[0] != 0 ? a[0] : a[3]);
            sections.add(new Section(sections.size(), new Span(first.start(), line(offsets, lines, a[3]).end()),
                    a[0] == 0 ? null : line(offsets, lines, a[0]), a[0] == 0 ? SectionKind.BULLET : SectionKind.HEADED,
                    labels, a[1] == 0 ? List.of() : List.of(line(offsets, lines, a[1])),
                    List.of(line(offsets, lines, a[3]))));
        }
        DocumentContext ctx = new DocumentContext(text, "en",
                new ReportHeader(null, "2005-04", "2005-12", null, null, null), sections, null);
        JsonNode gold = new ObjectMapper().readTree(GOLD.toFile()).get("activities");
        DateField field = new DateField(DateAnnotator.shared());
        List<String> found = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            DateValue v = field.annotate(sections.get(i), ctx);
            found.add(v == null ? "null" : v.start() + " " + v.end());
            expected.add(gold.get(i).get("start").asText() + " " + gold.get(i).get("end").asText());
        }
        assertThat(found).containsExactlyElementsOf(expected);
        assertThat(ctx.warnings()).isEmpty();
    }

    private static Span line(int[] offsets, String[] lines, int n) {
        return new Span(offsets[n - 1], offsets[n - 1] + lines[n - 1].length());
    }
}

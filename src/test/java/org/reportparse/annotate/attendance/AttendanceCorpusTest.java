package org.reportparse.annotate.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportparse.model.AttendanceValue;

/** The attendance corpus (attendance-corpus.tsv): each sentence or label value alone in a section. */
class AttendanceCorpusTest {
    private static final AttendanceField FIELD = AttendanceField.load();

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AttendanceCorpusTest.class.getResourceAsStream("attendance-corpus.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    rows.add(Arguments.of(f[0], f[1], f[2], f[3]));
                }
            }
        }
        return rows.stream();
    }

    @Test
    void corpusIsLargeAndCoversBothLanguagesAndNegatives() throws IOException {
        List<Arguments> rows = corpus().toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(120);
        assertThat(rows).filteredOn(a -> a.get()[1].equals("-")).hasSizeGreaterThanOrEqualTo(30);
        assertThat(rows).filteredOn(a -> ((String) a.get()[3]).matches(".*[áéíóúñ].*")).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("corpus")
    void findsTheExpectedAttendance(String where, String count, String qualifier, String text) {
        SectionLayout layout = SectionLayout.section().title("Activity");
        if (where.equals("participants")) {
            layout.label("participants", "Participants", text);
        } else {
            layout.paragraph(text);
        }
        AttendanceValue v = FIELD.annotate(layout.build(), layout.context());
        if (count.equals("-")) {
            assertThat(v).as("no attendance in: %s", text).isNull();
        } else {
            assertThat(v).as("attendance in: %s", text).isNotNull();
            assertThat(v.count()).as("count in: %s", text).isEqualTo(Integer.parseInt(count));
            assertThat(v.qualifier()).as("qualifier in: %s", text).isEqualTo(qualifier);
        }
    }
}

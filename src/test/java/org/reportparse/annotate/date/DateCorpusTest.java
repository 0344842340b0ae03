package org.reportparse.annotate.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date corpus (Duckling style): each line of corpus.tsv is an expression, its language, a
 * reference date ("-" for none) and the expected ISO start, end and listed days; start NONE means
 * the text holds no date at all. Relative dates resolve against the reference date, and a missing
 * year is taken from it. A "\n" in the text stands for a line break.
 */
class DateCorpusTest {
    record Case(int line, String text, String language, String ref, String start, String end, String days) {
        @Override
        public String toString() {
            return line + ": " + text;
        }
    }

    static Stream<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DateCorpusTest.class.getResourceAsStream("corpus.tsv"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                cases.add(new Case(n, c[0].replace("\\n", "\n"), c[1], c[2], c[3], c.length > 4 ? c[4] : "", c.length > 5 ? c[5] : ""));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsExpression(Case c) {
        List<DateMention> found = DateAnnotator.shared().find(c.text(), 0, c.text().length(), c.language());
        if (c.start().equals("NONE")) {
            assertThat(found).as("no date in %s", c.text()).isEmpty();
            return;
        }
        assertThat(found).as("one date in %s", c.text()).hasSize(1);
        DateMention m = found.get(0);
        if (!c.ref().equals("-")) {
            LocalDate ref = LocalDate.parse(c.ref());
            m = m.resolve(ref);
            m = m.hasYear() ? m : m.withYear(ref.getYear());
        }
        assertThat(m.start().iso() + " " + m.end().iso()).isEqualTo(c.start() + " " + c.end());
        assertThat(String.join(",", m.days().stream().map(PartialDate::iso).toList())).isEqualTo(c.days());
    }

    @Test
    void corpusIsLargeAndDistinct() throws IOException {
        List<Case> all = corpus().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(250);
        assertThat(all.stream().map(c -> c.text() + "|" + c.language()).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().filter(c -> c.language().equals("es")).count()).isGreaterThanOrEqualTo(60);
        assertThat(all.stream().filter(c -> c.start().equals("NONE")).count()).isGreaterThanOrEqualTo(25);
    }
}

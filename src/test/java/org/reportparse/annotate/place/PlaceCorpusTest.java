package org.reportparse.annotate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs corpus.tsv: each line's text and the places find() must return. */
class PlaceCorpusTest {

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PlaceCorpusTest.class.getResourceAsStream("corpus.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    rows.add(Arguments.of(f[0], f[1]));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void findsTheCorpusPlaces(String text, String places) {
        List<String> expected = places.isEmpty() ? List.of() : Arrays.asList(places.split("; "));
        List<String> got = Shared.PLACES.find(text, 0, text.length()).stream()
                .map(m -> (m.countryOnly() ? "=" : "") + m.name() + "|" + m.countryCode()).toList();
        assertThat(got).as(text).containsExactlyElementsOf(expected);
    }
}

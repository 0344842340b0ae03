package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportparse.annotate.RegexSpans;

class CapsRunsTest {
    /** The definition CapsRuns is the hand-written loop of. */
    private static final Pattern CAPS = Pattern.compile("[A-Z](?<![\\p{L}\\p{N}\\-].)[A-Z&]{1,9}(?![\\p{L}\\p{N}])");

    private static void assertSameAsRegex(String text, int from, int to) {
        List<String> runs = CapsRuns.in(text, from, to).stream().map(s -> s.start() + "-" + s.end()).toList();
        assertThat(runs).as("caps runs of %s [%d, %d)", text, from, to).isEqualTo(RegexSpans.find(CAPS, text, from, to));
    }

    @Test
    void findsAcronymsStandingAlone() {
        // after a dash, a letter or a digit a run is part of a word; past ten capitals, no acronym
        String text = "The OAS and AT&T met UNESCO-IOC, not ABCDEFGHIJKL nor aBC or x-UN; (IICA) 2UN.";
        List<String> found = CapsRuns.in(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
        assertThat(found).containsExactly("OAS", "AT&T", "UNESCO", "IICA");
    }

    @Test
    void sameRunsAsTheRegexInTheSampleReports() throws IOException {
        for (String text : ScannerTexts.sampleReports()) {
            assertSameAsRegex(text, 0, text.length());
            assertSameAsRegex(text, text.length() / 3 + 1, text.length() / 2);
        }
    }

    @Test
    void sameRunsAsTheRegexInRandomText() {
        Random random = new Random(11);
        for (String text : ScannerTexts.random("ABZ&-a9 .(É٣\n", 11, 50_000, 16)) {
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            assertSameAsRegex(text, 0, text.length());
            assertSameAsRegex(text, from, to);
        }
    }
}

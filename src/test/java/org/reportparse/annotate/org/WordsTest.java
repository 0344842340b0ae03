package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportparse.annotate.RegexSpans;

class WordsTest {
    /** The rule tokens' definition, as a regex; Words.nextWordChar and tokenEnd are its hand-written loop. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’\\-][\\p{L}\\p{N}]+)*\\.?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static List<String> tokens(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int start = Words.nextWordChar(text, from, to), end; start < to; start = Words.nextWordChar(text, end, to)) {
            end = Words.tokenEnd(text, start, to);
            out.add(start + "-" + end);
        }
        return out;
    }

    private static List<String> words(String text, int from, int to) {
        return Words.of(text, from, to).stream().map(w -> w.start() + "-" + w.end()).toList();
    }

    private static void assertSameAsRegex(String text, int from, int to) {
        assertThat(tokens(text, from, to)).as("tokens of %s", text).isEqualTo(RegexSpans.find(TOKEN, text, from, to));
        assertThat(words(text, from, to)).as("words of %s", text).isEqualTo(RegexSpans.find(WORD, text, from, to));
    }

    @Test
    void tokensKeepAbbreviationsJoinedWordsAndOneClosingPeriod() {
        String text = "The U.S. Embassy, Anti-Trafficking Unit and Côte d'Ivoire’s office... end.";
        List<String> found = new ArrayList<>();
        for (int start = Words.nextWordChar(text, 0, text.length()), end; start < text.length();
                start = Words.nextWordChar(text, end, text.length())) {
            end = Words.tokenEnd(text, start, text.length());
            found.add(text.substring(start, end));
        }
        assertThat(found).containsExactly("The", "U.S.", "Embassy", "Anti-Trafficking", "Unit", "and", "Côte",
                "d'Ivoire’s", "office.", "end.");
    }

    @Test
    void tokensAndWordsAreWhatTheRegexesFindInTheSampleReports() throws IOException {
        for (String text : ScannerTexts.sampleReports()) {
            assertSameAsRegex(text, 0, text.length());
            assertSameAsRegex(text, text.length() / 3 + 1, text.length() / 2);
        }
    }

    @Test
    void tokensAndWordsAreWhatTheRegexesFindInRandomText() {
        for (String text : ScannerTexts.random("aZé9 .'’-\n,(É٣", 7, 20_000, 14)) {
            assertSameAsRegex(text, 0, text.length());
        }
    }
}

package org.reportparse.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordStartPatternsTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static List<String> spans(List<MatchResult> ms) {
        return ms.stream().map(m -> m.start() + "-" + m.end()).toList();
    }

    private static List<Pattern> roleCuePatterns() throws IOException {
        try (InputStream in = WordStartPatterns.class.getResourceAsStream("org/roles.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> Pattern.compile(l.split("\t")[2], FLAGS))
                    .toList();
        }
    }

    @Test
    void findsWhatFindFindsForEveryRoleCueOnTheSampleReports() throws IOException {
        List<Pattern> patterns = roleCuePatterns();
        WordStartPatterns all = WordStartPatterns.of(patterns);
        List<Path> reports;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            reports = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(reports).hasSizeGreaterThan(3);
        int matches = 0;
        for (Path r : reports) {
            String text = Files.readString(r);
            // whole text, and a region starting inside a word (the boundary there is judged as find() does)
            for (int[] region : new int[][] {{0, text.length()}, {text.length() / 3 + 1, 2 * text.length() / 3}}) {
                List<List<MatchResult>> found = all.findAll(text, region[0], region[1]);
                for (int k = 0; k < patterns.size(); k++) {
                    List<String> expected = RegexSpans.find(patterns.get(k), text, region[0], region[1]);
                    assertThat(spans(found.get(k))).as("%s, cue %d", r, k).isEqualTo(expected);
                    matches += expected.size();
                }
            }
        }
        assertThat(matches).as("the comparison saw real matches").isGreaterThan(50);
    }

    @Test
    void patternsThatCanStartAnywhereAreSearchedOrdinarily() {
        String text = "The co-hosts -and co-host, cohost; (cohosted) re-cohost";
        for (String regex : new String[] {"co-?host", "\\b(?:-and|cohost)", "\\(cohost", "\\bco-?host(?:s|ed)?\\b"}) {
            Pattern p = Pattern.compile(regex, FLAGS);
            assertThat(spans(WordStartPatterns.of(p).find(text, 0, text.length())))
                    .as(regex).isEqualTo(RegexSpans.find(p, text, 0, text.length())).isNotEmpty();
        }
    }

    @Test
    void aRegionStartingInsideAWordStillMatchesAtItsStartAsFindDoes() {
        Pattern p = Pattern.compile("\\borgani[sz]ed by\\b", FLAGS);
        String text = "reorganized by them; organized by us";
        assertThat(spans(WordStartPatterns.of(p).find(text, 2, text.length()))).containsExactly("2-14", "21-33");
        assertThat(spans(WordStartPatterns.of(p).find(text, 0, text.length()))).containsExactly("21-33");
    }

    @Test
    void overlappingMatchesOfOnePatternAreNotReported() {
        Pattern p = Pattern.compile("\\b(?:held|held in|in)\\b", FLAGS);
        String text = "It was held in Lima in May.";
        assertThat(spans(WordStartPatterns.of(p).find(text, 0, text.length())))
                .isEqualTo(RegexSpans.find(p, text, 0, text.length())).hasSize(3);
    }
}

package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportparse.annotate.Span;

class RoleCuesTest {
    private static final RoleCues ROLES = RoleCues.builtIn();

    @Test
    void cuedStretchesLieAfterACueBeforeItsOrganizationAndBeforeACueAfterIt() {
        String before = "The seminar was organized by the OAS in Lima.";
        assertThat(ROLES.in(before).cuedStretches()).extracting(s -> s.of(before)).contains(" the OAS in Lima.");
        String after = "The OAS hosted the meeting.";
        assertThat(ROLES.in(after).cuedStretches()).extracting(s -> s.of(after)).containsExactly("The OAS ");
        assertThat(ROLES.in("Officials from the OAS attended.").cuedStretches()).isEmpty();
    }

    /** The name finder is skipped outside the stretches, which is exact only if every cued role lies inside one. */
    @Test
    void aCuesWordsMayStandOnTwoLinesOfHardWrappedText() {
        String wrapped = "Delegates met to discuss security needs with\nthe support of the Government of Canada.";
        assertThat(ROLES.in(wrapped).cuedStretches()).extracting(s -> s.of(wrapped)).contains(" the Government of Canada.");
    }

    @Test
    void everySpanWithACuedRoleLiesInsideACuedStretch() throws IOException {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
        int sentencesWithCues = 0;
        int cuedSpans = 0;
        for (String sentence : sampleSentences()) {
            RoleCues.InSentence cues = ROLES.in(sentence);
            // every sentence is checked: one without an active cue must give no cued span at all
            sentencesWithCues += cues.cuedStretches().isEmpty() ? 0 : 1;
            List<Span> words = new ArrayList<>();
            Matcher m = word.matcher(sentence);
            while (m.find()) {
                words.add(new Span(m.start(), m.end()));
            }
            List<Span> stretches = cues.cuedStretches();
            for (int i = 0; i < words.size(); i++) {
                for (int j = i; j < Math.min(words.size(), i + 8); j++) {
                    int start = words.get(i).start();
                    int end = words.get(j).end();
                    RoleCues.Role role = cues.role(start, end);
                    if (role != null && role.cued()) {
                        cuedSpans++;
                        assertThat(stretches).as("%s [%d, %d)", sentence, start, end)
                                .anyMatch(s -> s.start() <= start && end <= s.end());
                    }
                }
            }
        }
        assertThat(sentencesWithCues).isGreaterThan(40);
        assertThat(cuedSpans).as("cued spans").isGreaterThan(3000);
    }

    private static List<String> sampleSentences() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String s : Files.readString(f).split("(?<=[.!?])\\s+|\\n\\s*\\n")) {
                    out.add(s.replaceAll("\\s+", " ").strip());
                }
            }
        }
        return out;
    }
}

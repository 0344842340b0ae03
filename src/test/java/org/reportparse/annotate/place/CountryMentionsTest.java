package org.reportparse.annotate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line-aligned part's countries, filtered from the document's, are those a scan of the part alone finds. */
class CountryMentionsTest {
    @Test
    void linesOfTheSamplesNameWhatTheirOwnScanFinds() throws IOException {
        for (String sample : List.of("oas-anti-trafficking-2005.txt", "oea-informe-trimestral-2009-es.txt",
                "green-cities-progress-2013.txt", "cdema-press-release-2012.txt")) {
            String text = Files.readString(Path.of("samples", sample)) + " \nLima , Peru's  \n\n";
            CountryMentions document = Shared.PLACES.countryMentions(text, 0, text.length());
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
            for (int a = 0; a < starts.size(); a++) {
                for (int b = a + 1; b < Math.min(starts.size(), a + 6); b++) {
                    int from = starts.get(a);
                    int lineBreak = starts.get(b) - 1;
                    int trimmed = text.substring(from, lineBreak).stripTrailing().length() + from;
                    for (int to : new int[] {lineBreak, trimmed}) {
                        assertThat(document.within(from, to)).as(sample + " [" + from + ", " + to + ")")
                                .contains(Shared.PLACES.countriesNamed(text, from, to));
                    }
                }
            }
        }
    }

    @Test
    void aPartStartingOrEndingInsideALineIsNotAnswered() {
        String text = "Lima, Peru\nQuito";
        CountryMentions document = Shared.PLACES.countryMentions(text, 0, text.length());
        assertThat(document.within(6, 10)).isEmpty();
        assertThat(document.within(0, 4)).isEmpty();
        assertThat(document.within(11, 16)).isPresent();
    }
}

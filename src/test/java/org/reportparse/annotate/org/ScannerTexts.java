package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Texts to compare a hand-written scanner with the regex it replaces on: the sample reports and random strings. */
final class ScannerTexts {
    /** MATHEMATICAL BOLD CAPITAL A, a letter outside the BMP. */
    private static final String ASTRAL = "\uD835\uDC00";

    private ScannerTexts() {}

    static List<String> sampleReports() throws IOException {
        List<Path> reports;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            reports = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(reports).isNotEmpty();
        List<String> texts = new ArrayList<>();
        for (Path r : reports) {
            texts.add(Files.readString(r));
        }
        return texts;
    }

    /** count strings of fewer than maxLength characters of the alphabet, with now and then an astral letter. */
    static List<String> random(String alphabet, long seed, int count, int maxLength) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(maxLength); i > 0; i--) {
                b.append(random.nextInt(16) == 0 ? ASTRAL : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            texts.add(b.toString());
        }
        return texts;
    }
}

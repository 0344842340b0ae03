package org.reportparse.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SentenceBreaks gives exactly the spans of OpenNLP's own detector with the same model. */
class SentenceBreaksTest {
    private static SentenceModel model;
    private static SentenceBreaks breaks;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Sentences.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            model = new SentenceModel(in);
        }
        breaks = SentenceBreaks.of(model);
    }

    private static List<String> opennlp(SentenceDetectorME detector, String s) {
        return Arrays.stream(detector.sentPosDetect(s)).map(x -> x.getStart() + "-" + x.getEnd()).toList();
    }

    private static List<String> ours(String s) {
        return breaks.sentences(s, 0).stream().map(x -> x.start() + "-" + x.end()).toList();
    }

    private static void assertSame(SentenceDetectorME detector, String s) {
        assertThat(ours(s)).as("%s", s).isEqualTo(opennlp(detector, s));
    }

    @Test
    void sameSpansOnEveryParagraphOfTheProjectsTexts() throws IOException {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("samples", "src/test/resources")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(10);
        int pieces = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            assertSame(detector, text);
            for (Span paragraph : Sentences.paragraphs(text, new Span(0, text.length()))) {
                assertSame(detector, paragraph.of(text));
                pieces++;
            }
        }
        assertThat(pieces).isGreaterThan(100);
    }

    @Test
    void sameSpansOnRandomText() {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        String[] words = {"Dr", "U.S", "e.g", "Mr", "No", "approx", "the", "The", "Lima", "30", "a", "I", "OAS",
            "workshop", "Inc", "D.C", "St", "(IOM)", "\"Yes", "it's", "é", "Él", "x.y.z", "...", "1.5", "ok?!"};
        String[] gaps = {" ", " ", " ", "  ", "\n", "\t", "\u00A0", "\u2003", "", " \n ", "\r\n"};
        String[] ends = {"", "", "", ".", ".", "!", "?", "...", ".\"", "?)", ".)", "!?", ". ."};
        Random random = new Random(8);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int count = 1 + random.nextInt(25);
            for (int i = 0; i < count; i++) {
                s.append(gaps[random.nextInt(gaps.length)]).append(words[random.nextInt(words.length)])
                        .append(ends[random.nextInt(ends.length)]);
            }
            assertSame(detector, s.toString());
        }
        String alphabet = "aZ. !?\n\t\u00A0\u2003\"')(1é";
        for (int n = 0; n < 20_000; n++) {
            char[] s = new char[1 + random.nextInt(40)];
            for (int i = 0; i < s.length; i++) {
                s[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            assertSame(detector, new String(s));
        }
    }
}

package org.reportparse.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static final Sentences SENTENCES = Sentences.shared();

    private static List<String> split(String text, String language) {
        return SENTENCES.split(text, new Span(0, text.length()), language).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsProseAtSentenceEnds() {
        assertThat(split("The workshop was held in Lima. More than 40 officials attended! Was it useful? Yes.", "en"))
                .containsExactly("The workshop was held in Lima.", "More than 40 officials attended!",
                        "Was it useful?", "Yes.");
    }

    @Test
    void spansAreAbsoluteOffsetsInsideTheRegion() {
        String text = "Title line\n\nFirst one here. Second one here.\n\nNext block.";
        int from = text.indexOf("First");
        int to = text.indexOf("\n\nNext");
        List<Span> spans = SENTENCES.split(text, new Span(from, to), "en");
        assertThat(spans).extracting(s -> s.of(text)).containsExactly("First one here.", "Second one here.");
        assertThat(spans.get(0).start()).isEqualTo(from);
    }

    @Test
    void blankLinesAlwaysBreak() {
        assertThat(split("Regional seminar on migration\n\nThe seminar opened on Monday", "en"))
                .containsExactly("Regional seminar on migration", "The seminar opened on Monday");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertThat(split("It met in Washington, D.C. The U.S. Department of State funded it.", "en")).hasSize(1);
        assertThat(split("The event gathered approx. 30 judges. Dr. Pérez opened it.", "en"))
                .containsExactly("The event gathered approx. 30 judges.", "Dr. Pérez opened it.");
        assertThat(split("It was led by John F. Kennedy Jr. and others.", "en")).hasSize(1);
        assertThat(split("Se realizó en la Sala No. 4 del edificio. La Sra. Gómez inauguró el taller.", "es"))
                .containsExactly("Se realizó en la Sala No. 4 del edificio.", "La Sra. Gómez inauguró el taller.");
    }

    @Test
    void aLowerCaseStartContinuesTheSentence() {
        assertThat(split("Topics were trafficking, smuggling, etc. and border control.", "en")).hasSize(1);
    }

    @Test
    void clausesAlsoBreakAfterSemicolons() {
        String text = "Partners were IOM; UNICEF and UNDP. Forty attended.";
        assertThat(SENTENCES.clauses(text, new Span(0, text.length()), "en")).extracting(s -> s.of(text))
                .containsExactly("Partners were IOM;", "UNICEF and UNDP.", "Forty attended.");
    }

    @Test
    void aDocumentsSplitsAreTheSameAsSplittingTheTextAndAreKeptForIt() {
        String text = "Title line\n\nFirst one here. Second one; a clause.\n\nNext block. Approx. 30 came.";
        DocumentContext ctx = new DocumentContext(text, "en", null, List.of(), null);
        Span all = new Span(0, text.length());
        Span middle = new Span(text.indexOf("First"), text.indexOf("\n\nNext"));
        for (Span region : List.of(middle, all, middle)) {
            assertThat(SENTENCES.split(ctx, region)).isEqualTo(SENTENCES.split(text, region, "en"));
            assertThat(SENTENCES.clauses(ctx, region)).isEqualTo(SENTENCES.clauses(text, region, "en"));
        }
        List<Span> first = SENTENCES.split(ctx, middle);
        first.clear(); // callers get their own list, not the kept one
        assertThat(SENTENCES.split(ctx, middle)).hasSize(2);
    }

    @Test
    void openingIsAPrefixOfTheFirstSentences() {
        String text = "On May 5 the course opened. It ran for two days. It closed on May 7.";
        assertThat(SENTENCES.opening(text, 2, "en")).isEqualTo("On May 5 the course opened. It ran for two days.");
        assertThat(SENTENCES.opening(text, 5, "en")).isEqualTo(text);
    }

    @Test
    void anUnknownLanguageUsesTheEnglishModel() {
        assertThat(split("One sentence. Another one.", "fr")).containsExactly("One sentence.", "Another one.");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "The first sentence is here. The second follows it. A third ends the text.";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = pool.invokeAll(java.util.Collections.nCopies(32, () -> split(text, "en")));
            for (Future<List<String>> r : results) {
                assertThat(r.get()).hasSize(3);
            }
        } finally {
            pool.shutdown();
        }
    }
}

package org.reportparse.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cost of the shared sentence splitter: cold model load, then sentences/s and chars/s over the
 * .txt files of the given folders (median of 9 timed passes after 3 warm-up passes, one thread).
 * Run by scripts/bench-sentences.
 */
public final class SentenceBench {
    private SentenceBench() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Sentences sentences = Sentences.shared();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        List<String> texts = new ArrayList<>();
        for (String dir : args) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p));
                }
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        int count = 0;
        double[] seconds = new double[9];
        for (int pass = -3; pass < seconds.length; pass++) {
            long start = System.nanoTime();
            count = 0;
            for (String t : texts) {
                count += sentences.split(t, new Span(0, t.length()), "en").size();
            }
            if (pass >= 0) {
                seconds[pass] = (System.nanoTime() - start) / 1e9;
            }
        }
        Arrays.sort(seconds);
        double median = seconds[seconds.length / 2];
        System.out.printf("load_ms=%d docs=%d chars=%d sentences=%d median_pass_ms=%.1f sentences_per_s=%.0f chars_per_s=%.0f%n",
                loadMs, texts.size(), chars, count, median * 1000, count / median, chars / median);
    }
}

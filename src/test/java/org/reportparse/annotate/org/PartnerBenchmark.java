package org.reportparse.annotate.org;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Partner precision/recall over a folder of gold documents (plain-text ones), sections laid out at
 * the gold titles. Run by scripts/ner/score-partners; prints per-document scores and misses.
 */
public final class PartnerBenchmark {
    private PartnerBenchmark() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        PartnerField field = PartnerField.load();
        long t1 = System.nanoTime();
        PartnerScore total = new PartnerScore();
        long chars = 0;
        for (String dir : args) {
            List<Path> golds;
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
            }
            for (Path gold : golds) {
                Path doc = Path.of(gold.toString().replace(".gold.json", ".txt"));
                if (!Files.exists(doc)) {
                    continue;
                }
                PartnerScore s = PartnerScore.of(field, doc, gold);
                chars += Files.size(doc);
                System.out.println(doc.getFileName() + "  " + s);
                s.log.forEach(l -> System.out.println("    " + l));
                total.tp += s.tp;
                total.fp += s.fp;
                total.fn += s.fn;
            }
        }
        long t2 = System.nanoTime();
        System.out.println("TOTAL  " + total);
        System.out.printf("load %d ms; annotate %d ms for %d KB of text (first run, JIT cold)%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, chars / 1024);
    }
}

package org.reportparse.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.reportparse.annotate.date.DateAnnotator;

/**
 * Date annotation throughput: builds a large report-like text (English and Spanish paragraphs with
 * dates, numbers, amounts and codes), runs {@link DateAnnotator#find} over it paragraph by paragraph
 * several times and prints the median characters per second.
 * Usage: DateBench [megabytes=8] [runs=7]
 */
public final class DateBench {
    private static final String[] EN = {
        "Guatemala City, Guatemala, December %d-%d, %d",
        "On %d and %d May the OAS convened a seminar for 100 officials, with US$ 25,000 from the Fund.",
        "The workshop, originally planned for %d March, was held from %d to 20 April %d in Lima (Resolution 1948).",
        "More than 1,200 leaflets were printed; see section 2.1 and call 555-1234 at 10:30 on the %dth.",
        "%02d/%02d/%d - 03/13/%d",
        "The expert group met on %d-%d October in Vienna, and the OAS today began a two-day course.",
        "Activities in the first quarter of %d included a forum between %d and 25 June %d.",
    };
    private static final String[] ES = {
        "Ciudad de Panamá, Panamá, %d y %d de agosto de %d",
        "Fecha: del %d al %d de marzo de %d (inicialmente previsto para el 10 de noviembre)",
        "La OEA inauguró hoy, %d de julio, en esta capital el taller que reúne a 2.450 facilitadores y se extenderá hasta mañana.",
        "Participaron %d funcionarios de %d países en el segundo semestre de %d.",
    };

    private DateBench() {
    }

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<String> en = paragraphs(EN, megabytes * 1_000_000 / 2, 1);
        List<String> es = paragraphs(ES, megabytes * 1_000_000 / 2, 2);
        long chars = en.stream().mapToLong(String::length).sum() + es.stream().mapToLong(String::length).sum();
        DateAnnotator dates = DateAnnotator.shared();
        run(dates, en, es); // warm-up
        double[] rates = new double[runs];
        long mentions = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            mentions = run(dates, en, es);
            rates[r] = chars / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf("date annotation: %,d chars, %,d mentions per run, median %,.0f chars/s over %d runs (min %,.0f, max %,.0f)%n",
                chars, mentions, rates[runs / 2], runs, rates[0], rates[runs - 1]);
    }

    private static long run(DateAnnotator dates, List<String> en, List<String> es) {
        long n = 0;
        for (String p : en) {
            n += dates.find(p, 0, p.length(), "en").size();
        }
        for (String p : es) {
            n += dates.find(p, 0, p.length(), "es").size();
        }
        return n;
    }

    /** Paragraphs of a few template sentences with random numbers, totalling about chars characters. */
    private static List<String> paragraphs(String[] templates, long chars, long seed) {
        Random rnd = new Random(seed);
        List<String> out = new ArrayList<>();
        long total = 0;
        while (total < chars) {
            StringBuilder p = new StringBuilder();
            for (int s = 0; s < 6; s++) {
                String t = templates[rnd.nextInt(templates.length)];
                int d = 1 + rnd.nextInt(27);
                p.append(String.format(t, d, d + 1, 2000 + rnd.nextInt(20), 2000 + rnd.nextInt(20))).append('\n');
            }
            out.add(p.toString());
            total += p.length();
        }
        return out;
    }
}

package org.reportparse.annotate.place;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Span;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/**
 * Benchmark for scripts/bench-places. "load": one cold gazetteer load in this JVM (wall and CPU ms).
 * "annotate DIR...": place annotation throughput over the .txt files found, median of runs, where
 * each paragraph is a section (short lines as header lines) and the whole text is also searched.
 */
public final class PlaceBench {
    private static final int RUNS = 9;

    public static void main(String[] args) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        PlaceField field = PlaceField.load();
        System.out.printf("load wall_ms=%.0f cpu_ms=%.0f names=%d%n", (System.nanoTime() - t0) / 1e6,
                (cpu.getCurrentThreadCpuTime() - c0) / 1e6, field.annotator().gazetteer().size());
        if (args.length == 0 || !args[0].equals("annotate")) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (String dir : Arrays.copyOfRange(args, 1, args.length)) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p));
                }
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        List<DocumentContext> docs = texts.stream().map(PlaceBench::document).toList();
        double[] rates = new double[RUNS];
        int places = 0;
        for (int r = -2; r < RUNS; r++) { // two warm-up runs
            long s = System.nanoTime();
            places = 0;
            for (DocumentContext d : docs) {
                places += field.annotator().find(d.text(), 0, d.text().length()).size();
                for (Section sec : d.sections()) {
                    places += field.annotate(sec, d).size();
                }
            }
            if (r >= 0) {
                rates[r] = chars / ((System.nanoTime() - s) / 1e9);
            }
        }
        Arrays.sort(rates);
        System.out.printf("annotate docs=%d chars=%d places=%d median_chars_per_s=%.0f min=%.0f max=%.0f%n",
                docs.size(), chars, places, rates[RUNS / 2], rates[0], rates[RUNS - 1]);
    }

    /** Paragraphs as sections: short lines are header lines, long lines body. */
    private static DocumentContext document(String text) {
        List<Section> sections = new ArrayList<>();
        List<Span> header = new ArrayList<>();
        List<Span> body = new ArrayList<>();
        int start = 0;
        int pos = 0;
        for (String line : (text + "\n\n").split("\n", -1)) {
            Span s = new Span(pos, pos + line.length());
            if (line.isBlank()) {
                if (!header.isEmpty() || !body.isEmpty()) {
                    sections.add(new Section(sections.size(), new Span(start, pos), header.isEmpty() ? null : header.get(0),
                            SectionKind.HEADED, List.of(), List.copyOf(header), List.copyOf(body)));
                }
                header.clear();
                body.clear();
                start = Math.min(pos + 1, text.length());
            } else if (line.length() < 90) {
                header.add(s);
            } else {
                body.add(s);
            }
            pos = Math.min(pos + line.length() + 1, text.length());
        }
        return new DocumentContext(text, "en", ReportHeader.EMPTY, sections, null);
    }
}

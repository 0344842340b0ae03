package org.reportparse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.attendance.AttendanceField;
import org.reportparse.annotate.date.DateAnnotator;
import org.reportparse.annotate.date.DateField;
import org.reportparse.annotate.org.PartnerField;
import org.reportparse.annotate.place.PlaceField;
import org.reportparse.extract.ExtractedDocument;
import org.reportparse.extract.Extractor;
import org.reportparse.segment.ActivityWords;
import org.reportparse.segment.Labels;
import org.reportparse.segment.LanguageGuesser;
import org.reportparse.segment.Section;
import org.reportparse.segment.SegmentedDocument;
import org.reportparse.segment.Segmenter;

/**
 * Warm cost of each pipeline stage, in ms per document (run by scripts/bench-stages, not by the tests):
 * the stages of {@link Pipeline#process}, timed one by one over the given files, several passes
 * in one JVM; the last pass is printed, after the JIT has settled.
 */
public final class StageBench {
    private static final String[] STAGES = {"extract", "language", "segment", "dates", "places", "partners", "attendance"};

    public static void main(String[] args) throws Exception {
        List<String> files = Files.readAllLines(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Extractor extractor = new Extractor();
        DateAnnotator dates = DateAnnotator.shared();
        Segmenter segmenter = new Segmenter(dates, Labels.load(), ActivityWords.load());
        DateField dateField = new DateField(dates);
        PlaceField places = PlaceField.load();
        PartnerField partners = PartnerField.load();
        AttendanceField attendance = AttendanceField.load();
        LanguageGuesser languages = LanguageGuesser.load();
        long[] nanos = new long[STAGES.length];
        for (int pass = 0; pass < passes; pass++) {
            Arrays.fill(nanos, 0);
            for (String f : files) {
                byte[] bytes = Files.readAllBytes(Path.of(f));
                long t0 = System.nanoTime();
                ExtractedDocument doc = extractor.extract(bytes, f);
                long t1 = System.nanoTime();
                String language = languages.guess(doc.text());
                long t2 = System.nanoTime();
                SegmentedDocument seg = segmenter.segment(doc, language);
                long t3 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                DocumentContext ctx = new DocumentContext(doc.text(), language, seg.header(), seg.sections(), null);
                for (Section s : seg.sections()) {
                    long q0 = System.nanoTime();
                    dateField.annotate(s, ctx);
                    long q1 = System.nanoTime();
                    places.annotate(s, ctx);
                    long q2 = System.nanoTime();
                    partners.annotate(s, ctx);
                    long q3 = System.nanoTime();
                    attendance.annotate(s, ctx);
                    long q4 = System.nanoTime();
                    nanos[3] += q1 - q0;
                    nanos[4] += q2 - q1;
                    nanos[5] += q3 - q2;
                    nanos[6] += q4 - q3;
                }
            }
        }
        System.out.printf("%d documents, pass %d of %d%n", files.size(), passes, passes);
        for (int i = 0; i < STAGES.length; i++) {
            System.out.printf("%-10s %6.2f ms/doc%n", STAGES[i], nanos[i] / 1e6 / files.size());
        }
    }
}

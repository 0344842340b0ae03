package org.reportparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.model.Activity;
import org.reportparse.model.Report;

/** A sample's DOCX or PDF rendering must give the same records as its plain text. */
class SamplesTest {

    /** What an analyst compares: everything but offsets (the two texts differ in layout). */
    private static List<String> fields(Report r) {
        return r.activities().stream().map(SamplesTest::fields).toList();
    }

    private static String fields(Activity a) {
        return String.join(" | ", String.valueOf(a.title()), a.type(),
                a.date() == null ? "-" : a.date().start() + ".." + a.date().end() + " " + a.date().days(),
                a.places().stream().map(p -> p.name() + "/" + p.countryCode()).toList().toString(),
                a.partners().stream().map(p -> p.name() + "/" + p.role()).toList().toString(),
                a.attendance() == null ? "-" : a.attendance().count() + " " + a.attendance().qualifier());
    }

    @Test
    void docxSampleYieldsTheSameActivitiesAsTheTextSample() {
        Report txt = TestSupport.run(TestSupport.sample("oas-anti-trafficking-2005.txt"));
        Report docx = TestSupport.run(TestSupport.sample("oas-anti-trafficking-2005.docx"));
        assertThat(txt.activities()).hasSize(11);
        assertThat(fields(docx)).containsExactlyElementsOf(fields(txt));
    }

    @Test
    void pdfSampleYieldsTheSameActivitiesAsItsSourceText() {
        Report txt = TestSupport.run(TestSupport.sample("pdf-src/migration-programme-annual-2018.txt"));
        Report pdf = TestSupport.run(TestSupport.sample("migration-programme-annual-2018.pdf"));
        assertThat(pdf.activities()).hasSize(5);
        assertThat(fields(pdf)).containsExactlyElementsOf(fields(txt));
    }
}

package org.reportparse.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BatchProgressTest {

    @Test
    void withoutATerminalOnlyErrorsAndTheSummaryAreWritten() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err, true), false);
        p.total(4);
        p.skipped(1);
        p.converted();
        p.failed();
        p.println("reportparse: a.txt: empty file");
        p.converted();
        p.summary();
        assertThat(err.toString()).doesNotContain("\r")
                .matches("reportparse: a.txt: empty file\nreportparse: 2 converted, 1 failed, 1 skipped, \\d+\\.\\d s\n");
        assertThat(p.failures()).isEqualTo(1);
    }

    @Test
    void onATerminalTheProgressLineShowsCountsRateEtaAndFailuresAndIsClearedBeforeOtherLines() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err, true), true);
        p.total(10);
        p.failed();
        p.println("reportparse: b.docx: encrypted document");
        String out = err.toString();
        assertThat(out).matches("(?s)\r1/10 files, [\\d.]+/s, ETA \\d+:\\d\\d, 1 failed\u001b\\[K\r\u001b\\[K"
                + "reportparse: b.docx: encrypted document\n");
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertThat(Sizes.parse("50MB")).isEqualTo(50L << 20);
        assertThat(Sizes.parse("512k")).isEqualTo(512L << 10);
        assertThat(Sizes.parse("1000")).isEqualTo(1000);
        assertThat(Sizes.format(3L << 20)).isEqualTo("3.0 MB");
    }
}

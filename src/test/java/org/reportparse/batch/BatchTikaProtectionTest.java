package org.reportparse.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportparse.batch.BatchFixtures.billionLaughs;
import static org.reportparse.batch.BatchFixtures.docxWithBody;
import static org.reportparse.batch.BatchFixtures.report;
import static org.reportparse.batch.BatchFixtures.write;
import static org.reportparse.batch.BatchFixtures.zipBombDocx;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reportparse.cli.BatchCliTestAccess;

/**
 * Hostile documents among good ones: each fails alone with a one-line error or is read within
 * Tika's limits; the run finishes and the good report is converted.
 */
class BatchTikaProtectionTest {
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @TempDir
    Path tmp;

    @Test
    @Timeout(300)   // guards against a hang only
    void zipBombDeepNestingAndEntityExpansionFailAlone() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("a-good.txt"), report(1));
        // 400 MB of text compressed into about 400 KB.
        write(in.resolve("bomb.docx"), zipBombDocx(400));
        write(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(200_000) + "deep" + "</div>".repeat(200_000)
                + "</body></html>");
        String[] laughs = billionLaughs();
        write(in.resolve("laughs.docx"), docxWithBody("<?xml version=\"1.0\"?><!DOCTYPE w:document [" + laughs[0]
                + "]><w:document " + W + "><w:body><w:p><w:r><w:t>" + laughs[1] + "</w:t></w:r></w:p></w:body>"
                + "</w:document>"));
        write(in.resolve("laughs.xhtml"), "<?xml version=\"1.0\"?><!DOCTYPE html [" + laughs[0] + "]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + laughs[1] + "</p></body></html>");
        write(in.resolve("z-good.txt"), report(2));

        BatchCliTestAccess.Result r = BatchCliTestAccess.run("extract", "--format", "jsonl", "--jobs", "2",
                "--quiet", in.toString());

        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).contains("a-good.txt");
        assertThat(lines.get(lines.size() - 1)).contains("z-good.txt");
        // Whatever was read of a hostile file stayed within Tika's output limit (no billion laughs).
        assertThat(lines).allMatch(l -> l.length() < 2_000_000);
        for (String hostile : List.of("bomb.docx", "laughs.docx")) {
            assertThat(r.err()).contains("reportparse: " + in.resolve(hostile) + ": ");
        }
        assertThat(r.err().lines()).allMatch(l -> l.startsWith("reportparse: " + in) && !l.contains("\tat "));
        assertThat(r.status()).isEqualTo(1);
    }
}

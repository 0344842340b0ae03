package org.reportparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportparse.output.ReportJson;

/** The command line contract: exit status, one-line errors on stderr, only output on stdout. */
class ExtractCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @TempDir
    Path tmp;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void convertsASampleToJson() throws Exception {
        int code = Main.run("extract", "samples/oas-anti-trafficking-2005.txt");
        assertThat(code).isZero();
        JsonNode report = ReportJson.mapper().readTree(stdout());
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("activities").size()).isEqualTo(11);
        assertThat(stderr()).isEmpty();
    }

    @Test
    void missingFileIsOneLineNamingItAndExitOne() {
        int code = Main.run("extract", "no/such/report.txt");
        assertThat(code).isEqualTo(1);
        assertThat(stderr().strip()).isEqualTo("reportparse: no/such/report.txt: no such file or directory");
    }

    @Test
    void badInputsFailAloneAndTheRestAreStillWritten() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path binary = Files.write(tmp.resolve("blob.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7, 8, 0, 0, 1, 2});
        Path broken = Files.write(tmp.resolve("broken.docx"),
                java.util.Arrays.copyOf(Files.readAllBytes(Path.of("samples/oas-anti-trafficking-2005.docx")), 3000));
        int code = Main.run("extract", "--format", "jsonl", empty.toString(), binary.toString(), broken.toString(),
                "samples/green-cities-progress-2013.txt", tmp.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(1);
        String[] lines = stderr().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("reportparse: 1 converted, 4 failed, 0 skipped, .* s");
        String[] errors = java.util.Arrays.copyOf(lines, lines.length - 1);
        assertThat(errors).hasSize(4);
        assertThat(errors).anySatisfy(l -> assertThat(l).startsWith("reportparse: " + empty + ": "));
        assertThat(errors).anySatisfy(l -> assertThat(l).startsWith("reportparse: " + binary + ": "));
        assertThat(errors).anySatisfy(l -> assertThat(l).startsWith("reportparse: " + broken + ": "));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("missing.txt: no such file"));
        assertThat(stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(stdout().strip().split("\n")).hasSize(1);
    }

    @Test
    void unknownOptionIsUsageErrorTwo() {
        assertThat(Main.run("extract", "--no-such-option", "a.txt")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option").contains("Usage:");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void missingInputIsUsageErrorTwo() {
        assertThat(Main.run("extract")).isEqualTo(2);
    }

    @Test
    void badReferenceDateIsUsageErrorTwo() {
        assertThat(Main.run("extract", "--reference-date", "March 3", "samples/green-cities-progress-2013.txt")).isEqualTo(2);
        assertThat(stderr()).contains("YYYY-MM-DD");
    }

    @Test
    void helpDocumentsEveryOption() {
        assertThat(Main.run("extract", "--help")).isZero();
        String help = stdout();
        for (picocli.CommandLine.Model.OptionSpec o : new ExtractCommand().spec().options()) {
            assertThat(help).contains(o.longestName());
            assertThat(String.join(" ", o.description())).as(o.longestName()).isNotBlank();
        }
    }

    @Test
    void outputFileIsWrittenWholeAndCsvHasTheHeader() throws Exception {
        Path csv = tmp.resolve("out/activities.csv");
        int code = Main.run("extract", "--format", "csv", "-o", csv.toString(), "samples/oas-anti-trafficking-2005.txt");
        assertThat(code).isZero();
        assertThat(stdout()).isEmpty();
        var lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("source,activity,title,type,start_date,end_date,places");
        assertThat(lines).hasSize(12);
        try (var files = Files.list(csv.getParent())) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void readsStandardInput() throws Exception {
        var oldIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(Path.of("samples/green-cities-progress-2013.txt"))));
            assertThat(Main.run("extract", "--format", "jsonl", "-")).isZero();
        } finally {
            System.setIn(oldIn);
        }
        assertThat(ReportJson.mapper().readTree(stdout()).get("source").get("path").asText()).isEqualTo("-");
    }
}

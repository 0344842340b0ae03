package org.reportparse.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportparse.TestSupport;
import org.reportparse.model.Report;

/** Every report the tests write must satisfy the published JSON Schema of the output contract. */
class ReportSchemaTest {
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = ReportJson.class.getResourceAsStream("/org/reportparse/output/report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertValid(JsonNode report) {
        Set<ValidationMessage> errors = SCHEMA.validate(report);
        assertThat(errors).as("schema errors").isEmpty();
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".docx")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleReportsMatchTheSchema(Path sample) throws IOException {
        Report report = TestSupport.run(sample);
        JsonNode tree = ReportJson.toTree(report, true);
        assertValid(tree);
        assertThat(tree.get("text").asText()).isEqualTo(report.text());
        // Every span points into the text at code-point offsets.
        String text = report.text();
        for (JsonNode a : tree.get("activities")) {
            JsonNode span = a.get("span");
            assertThat(span.get(1).asInt()).isLessThanOrEqualTo(text.codePointCount(0, text.length()));
            JsonNode date = a.get("date");
            if (!date.isNull()) {
                int s = text.offsetByCodePoints(0, date.get("span").get(0).asInt());
                int e = text.offsetByCodePoints(0, date.get("span").get(1).asInt());
                assertThat(text.substring(s, e)).isEqualTo(date.get("text").asText());
            }
        }
    }

    @Test
    void spansCountCodePointsNotUtf16Units() throws Exception {
        String text = "Emoji 😀 report\n\nSeminar on water\nTirana, Albania, 25 January 2010\nThe seminar met.\n";
        Report report = TestSupport.pipeline().process(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "e.txt",
                org.reportparse.Pipeline.Options.DEFAULT);
        JsonNode tree = ReportJson.toTree(report, false);
        assertValid(tree);
        JsonNode date = tree.get("activities").get(0).get("date");
        int start = date.get("span").get(0).asInt();
        int charStart = text.indexOf("25 January");
        assertThat(start).isEqualTo(charStart - 1);
        assertThat(tree.get("source").get("characters").asInt()).isEqualTo(text.length() - 1);
    }

    @Test
    void jsonLinesIsOneReportPerLineAndCsvHasTheContractHeader() throws IOException {
        List<Report> reports = List.of(TestSupport.run(TestSupport.sample("oas-anti-trafficking-2005.txt")),
                TestSupport.run(TestSupport.sample("green-cities-progress-2013.txt")));
        StringWriter jsonl = new StringWriter();
        try (ReportWriter w = ReportWriter.of(ReportWriter.Format.JSONL, jsonl, false, false)) {
            for (Report r : reports) {
                w.write(r);
            }
        }
        String[] lines = jsonl.toString().split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertValid(ReportJson.mapper().readTree(line));
        }
        StringWriter csv = new StringWriter();
        try (ReportWriter w = ReportWriter.of(ReportWriter.Format.CSV, csv, false, false)) {
            for (Report r : reports) {
                w.write(r);
            }
        }
        List<String> rows = csv.toString().lines().toList();
        assertThat(rows.get(0)).isEqualTo(
                "source,activity,title,type,start_date,end_date,places,country_codes,partners,attendance,attendance_qualifier");
        int activities = reports.stream().mapToInt(r -> r.activities().size()).sum();
        assertThat(rows).hasSize(1 + activities);
    }
}

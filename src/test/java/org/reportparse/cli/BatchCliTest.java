package org.reportparse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportparse.batch.BatchFixtures.docx;
import static org.reportparse.batch.BatchFixtures.report;
import static org.reportparse.batch.BatchFixtures.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch side of `reportparse extract`: folders, failure isolation, output folders, resume. */
class BatchCliTest {
    @TempDir
    Path tmp;
    Path in;

    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
        }
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * Six good reports in nested folders (text and DOCX), a picture that is no document, three
     * broken files and one unreadable entry. Tests run as root, for whom permission bits do not
     * stop a read, so the unreadable file is a dangling symbolic link named like a report.
     */
    @BeforeEach
    void mixedFolder() throws IOException {
        in = tmp.resolve("in");
        write(in.resolve("2009/q1/report-a.txt"), report(1));
        write(in.resolve("2009/q1/report-b.docx"), docx(report(2)));
        write(in.resolve("2009/q2/report-c.txt"), report(3));
        write(in.resolve("2010/report-d.docx"), docx(report(4)));
        write(in.resolve("2010/deep/er/report-e.txt"), report(5));
        write(in.resolve("summary.txt"), report(6));
        write(in.resolve("2010/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        write(in.resolve("2009/q2/empty.txt"), new byte[0]);
        byte[] good = docx(report(7));
        write(in.resolve("2010/truncated.docx"), Arrays.copyOf(good, good.length / 2));
        byte[] binary = new byte[4000];
        new java.util.Random(1).nextBytes(binary);
        write(in.resolve("2010/deep/binary.txt"), binary);
        Files.createSymbolicLink(in.resolve("2009/unreadable.docx"), tmp.resolve("gone/nowhere.docx"));
    }

    static final List<String> GOOD = List.of("2009/q1/report-a.json", "2009/q1/report-b.json",
            "2009/q2/report-c.json", "2010/deep/er/report-e.json", "2010/report-d.json", "summary.json");
    static final List<String> BAD = List.of("2009/q2/empty.txt", "2009/unreadable.docx",
            "2010/deep/binary.txt", "2010/truncated.docx");

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void convertsEveryGoodFileNamesEveryBadOneAndExitsOne() throws IOException {
        Path out = tmp.resolve("out");
        Path errors = tmp.resolve("errors.jsonl");
        Run r = run("extract", "--jobs", "3", "--errors", errors.toString(), "-o", out + "/", in.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(files(out).keySet()).containsExactlyElementsOf(GOOD);
        List<String> named = r.errLines().stream().filter(l -> !l.contains(" converted, ")).toList();
        assertThat(named).hasSize(BAD.size());
        for (int i = 0; i < BAD.size(); i++) {
            assertThat(named.get(i)).startsWith("reportparse: " + in.resolve(BAD.get(i)) + ": ");
        }
        assertThat(r.err()).doesNotContain("photo.png").doesNotContain("Exception")
                .contains("reportparse: 6 converted, 4 failed, 1 skipped");
        ObjectMapper json = new ObjectMapper();
        List<String> logged = new ArrayList<>();
        for (String line : Files.readAllLines(errors)) {
            JsonNode e = json.readTree(line);
            logged.add(e.get("path").asText());
            assertThat(e.get("reason").asText()).isNotBlank();
        }
        assertThat(logged).containsExactlyElementsOf(BAD.stream().map(b -> in.resolve(b).toString()).toList());
        JsonNode d = json.readTree(out.resolve("2010/report-d.json").toFile());
        assertThat(d.get("source").get("path").asText()).isEqualTo(in.resolve("2010/report-d.docx").toString());
        assertThat(d.get("activities")).isNotEmpty();
    }

    @Test
    void aSecondRunWritesByteIdenticalOutputs() throws IOException {
        Run first = run("extract", "--jobs", "2", "-o", tmp.resolve("one") + "/", in.toString());
        Run second = run("extract", "--jobs", "3", "-o", tmp.resolve("two") + "/", in.toString());
        assertThat(second.status()).isEqualTo(first.status()).isEqualTo(1);
        Map<String, byte[]> one = files(tmp.resolve("one"));
        Map<String, byte[]> two = files(tmp.resolve("two"));
        assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
        one.forEach((name, bytes) -> assertThat(two.get(name)).as(name).isEqualTo(bytes));

        Run streamA = run("extract", "--jobs", "1", "--format", "jsonl", in.toString());
        Run streamB = run("extract", "--jobs", "3", "--format", "jsonl", in.toString());
        assertThat(streamB.out()).isEqualTo(streamA.out());
        assertThat(streamA.out().lines()).hasSize(GOOD.size());
    }

    @Test
    void aStreamKeepsInputOrderAndFailFastStopsAtTheFirstFailure() throws IOException {
        Run all = run("extract", "--format", "jsonl", "--quiet", in.toString());
        assertThat(all.out().lines().map(l -> l.replaceAll(".*\"path\":\"([^\"]*)\".*", "$1")).toList())
                .containsExactly(in.resolve("2009/q1/report-a.txt").toString(),
                        in.resolve("2009/q1/report-b.docx").toString(), in.resolve("2009/q2/report-c.txt").toString(),
                        in.resolve("2010/deep/er/report-e.txt").toString(), in.resolve("2010/report-d.docx").toString(),
                        in.resolve("summary.txt").toString());
        assertThat(all.err()).doesNotContain("converted");   // --quiet drops the summary, not the errors
        assertThat(all.errLines()).hasSize(BAD.size());

        Run fast = run("extract", "--format", "jsonl", "--fail-fast", "--quiet", in.toString());
        assertThat(fast.status()).isEqualTo(1);
        assertThat(fast.errLines()).hasSize(1);
        assertThat(fast.out().lines()).hasSize(2);   // report-a and report-b sort before 2009/q2/empty.txt
    }

    @Test
    void includeExcludeAndMaxSizeChooseAndLimitInputs() throws IOException {
        Run txt = run("extract", "--format", "jsonl", "--include", "report-*.txt", "--exclude", "2010/**",
                in.toString());
        assertThat(txt.status()).isZero();
        assertThat(txt.out().lines()).hasSize(2);
        Run small = run("extract", "--format", "jsonl", "--max-size", "100", "--include", "*.txt",
                in.resolve("2009").toString());
        assertThat(small.errLines()).anyMatch(l -> l.contains("report-a.txt: file too large"));
    }

    @Test
    void inputNamesThatClimbOutCannotWriteOutsideTheOutputFolder() throws IOException {
        Path work = tmp.resolve("work/sub");
        Files.createDirectories(work);
        Path out = work.resolve("out");
        Path outside = tmp.resolve("work/sub/../escape.txt");
        write(tmp.resolve("work/escape.txt"), report(9));
        Run r = run("extract", "-o", out + "/", outside.toString(), in.resolve("summary.txt").toString());
        assertThat(r.status()).isZero();
        assertThat(files(out).keySet()).containsExactly("escape.json", "summary.json");
        assertThat(files(tmp.resolve("work")).keySet()).allMatch(p -> p.startsWith("sub/out/") || p.equals("escape.txt"));
    }

    @Test
    void skipExistingConvertsOnlyWhatIsMissingOrOutOfDate() throws IOException {
        Path out = tmp.resolve("out");
        run("extract", "-o", out + "/", in.toString());
        Files.delete(out.resolve("2009/q1/report-a.json"));
        Run resumed = run("extract", "--skip-existing", "-o", out + "/", in.toString());
        assertThat(resumed.err()).contains("reportparse: 1 converted, 4 failed, 6 skipped");
        assertThat(files(out).keySet()).containsExactlyElementsOf(GOOD);
    }

    @Test
    void skipExistingWithoutAnOutputFolderIsAUsageError() {
        Run r = run("extract", "--skip-existing", in.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
    }
}

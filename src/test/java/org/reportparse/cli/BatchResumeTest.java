package org.reportparse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportparse.batch.BatchFixtures.report;
import static org.reportparse.batch.BatchFixtures.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A run killed mid-way (SIGKILL, no chance to clean up) and resumed with --skip-existing. */
class BatchResumeTest {
    static final int DOCS = 150;

    @TempDir
    Path tmp;

    @Test
    @Timeout(600)   // guards against a hang only
    void aKilledRunResumesWithoutDuplicatesOrPartialFiles() throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < DOCS; i++) {
            write(in.resolve(String.format("y%d/report-%03d.txt", i % 5, i)), report(i) + "Notes. ".repeat(i * 20));
        }
        Path out = tmp.resolve("out");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", "--jobs", "1", "--quiet", "-o", out + "/", in.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        while (child.isAlive() && countOutputs(out) < 3) {
            Thread.sleep(10);
        }
        child.destroyForcibly().waitFor();
        int before = countOutputs(out);
        assertThat(before).as("killed before it finished").isBetween(3, DOCS - 1);
        ObjectMapper json = new ObjectMapper();
        for (Path p : outputs(out)) {
            json.readTree(p.toFile());   // whatever is visible is whole
        }

        BatchCliTest.Run resumed = BatchCliTest.run("extract", "--skip-existing", "-o", out + "/", in.toString());
        assertThat(resumed.status()).isZero();
        assertThat(resumed.err()).contains((DOCS - before) + " converted, 0 failed, " + before + " skipped");

        Map<String, byte[]> got = BatchCliTest.files(out);
        assertThat(got.keySet()).hasSize(DOCS).noneMatch(n -> n.contains(".part") || new File(n).getName().startsWith("."));
        BatchCliTest.run("extract", "-o", tmp.resolve("fresh") + "/", in.toString());
        Map<String, byte[]> fresh = BatchCliTest.files(tmp.resolve("fresh"));
        assertThat(got.keySet()).isEqualTo(fresh.keySet());
        fresh.forEach((name, bytes) -> assertThat(got.get(name)).as(name).isEqualTo(bytes));
    }

    private static List<Path> outputs(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (var walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
                    .toList();
        }
    }

    /** Polled while the child writes: a temporary file renamed during the walk makes it look again. */
    private static int countOutputs(Path out) throws IOException {
        while (true) {
            try {
                return outputs(out).size();
            } catch (java.io.UncheckedIOException e) {
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
                    throw e;
                }
            }
        }
    }
}

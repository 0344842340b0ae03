package org.reportparse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportparse.output.ReportJson;

/**
 * Each sample's output equals its reviewed expected JSON (samples/expected/NAME.json). A change
 * of behaviour shows up here as a diff to review; regenerate with scripts/update-expected.
 */
class ExpectedOutputTest {

    static Stream<Path> expected() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples", "expected"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("expected")
    void sampleOutputMatchesItsExpectedJson(Path expectedFile) throws IOException {
        String name = expectedFile.getFileName().toString().replaceFirst("\\.json$", "");
        Path sample = Path.of("samples", name);
        JsonNode actual = ReportJson.toTree(TestSupport.run(sample), false);
        JsonNode expected = ReportJson.mapper().readTree(expectedFile.toFile());
        assertThat(actual.toPrettyString())
                .as("%s differs from %s (run scripts/update-expected if the change is intended)", sample, expectedFile)
                .isEqualTo(expected.toPrettyString());
    }
}

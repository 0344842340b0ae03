package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedPartnerScoreTest {
    /** The seed report and its gold (copies in samples/); override with -Dreportparse.seed=DIR. */
    private static final Path SEED = Path.of(System.getProperty("reportparse.seed", "samples"));

    @Test
    void seedPartnersReachNinetyPercentPrecisionAndRecall() throws Exception {
        Path doc = SEED.resolve("oas-anti-trafficking-2005.txt");
        assertThat(doc).as("seed report (set -Dreportparse.seed)").exists();
        PartnerScore s = PartnerScore.of(PartnerField.load(), doc, SEED.resolve("oas-anti-trafficking-2005.gold.json"));
        s.log.forEach(System.out::println);
        System.out.println("seed partners: " + s);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.90);
    }
}

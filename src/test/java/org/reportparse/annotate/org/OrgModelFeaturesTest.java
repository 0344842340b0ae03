package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;

/**
 * OrgModel builds the name finder's feature generators in code instead of from the XML descriptor the
 * model carries: both must give the same features, in the same order, token by token (a retrained model
 * with another descriptor fails here). Each sentence of the samples is read with the previous
 * sentence's outcomes as adaptive data.
 */
class OrgModelFeaturesTest {

    @Test
    void codeBuiltGeneratorsGiveTheDescriptorsFeatures() throws IOException {
        AdaptiveFeatureGenerator fromDescriptor;
        try (InputStream in = OrgModel.class.getResourceAsStream(OrgModel.RESOURCE)) {
            fromDescriptor = new TokenNameFinderModel(in).getFactory().createFeatureGenerators();
        }
        AdaptiveFeatureGenerator inCode = OrgModel.features();
        String[] outcomes = {"other", "organization-start", "organization-cont"};
        int tokens = 0;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String sentence : Files.readString(f).split("[\n.;]")) {
                    String[] words = SimpleTokenizer.INSTANCE.tokenize(sentence);
                    String[] previous = new String[words.length];
                    for (int i = 0; i < words.length; i++) {
                        previous[i] = outcomes[(i + tokens) % outcomes.length];
                        assertThat(features(inCode, words, i, previous))
                                .isEqualTo(features(fromDescriptor, words, i, previous));
                    }
                    tokens += words.length;
                    fromDescriptor.updateAdaptiveData(words, previous);
                    inCode.updateAdaptiveData(words, previous);
                }
            }
        }
        assertThat(tokens).isGreaterThan(3000);
    }

    private static List<String> features(AdaptiveFeatureGenerator g, String[] words, int i, String[] previous) {
        List<String> out = new ArrayList<>();
        g.createFeatures(out, words, i, previous);
        return out;
    }
}

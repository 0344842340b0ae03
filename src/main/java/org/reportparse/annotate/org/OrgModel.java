package org.reportparse.annotate.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.reportparse.annotate.Span;

/**
 * The project's own OpenNLP organization name finder (trained by scripts/train-orgs on src/ner data).
 * The model is loaded once; NameFinderME keeps per-document state and is not thread-safe, so each
 * thread gets its own finder over the shared model.
 */
final class OrgModel {
    static final String RESOURCE = "orgs-ner.bin";

    private final ThreadLocal<NameFinderME> finder;

    private OrgModel(TokenNameFinderModel model) {
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The committed model, or null when the build carries none. */
    static OrgModel builtIn() {
        try (InputStream in = OrgModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new OrgModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Organization names the model finds in text[from, to), as character spans. */
    List<Span> find(String text, int from, int to) {
        String s = text.substring(from, to);
        opennlp.tools.util.Span[] toks = SimpleTokenizer.INSTANCE.tokenizePos(s);
        String[] words = opennlp.tools.util.Span.spansToStrings(toks, s);
        NameFinderME f = finder.get();
        opennlp.tools.util.Span[] names = f.find(words);
        f.clearAdaptiveData();
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span n : names) {
            out.add(new Span(from + toks[n.getStart()].getStart(), from + toks[n.getEnd() - 1].getEnd()));
        }
        return out;
    }
}

package org.reportparse.annotate.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.reportparse.annotate.Span;

/**
 * The project's own OpenNLP organization name finder (trained by scripts/train-orgs on src/ner data).
 * The model is loaded once, on a background thread started at construction: reading it is the
 * largest part of start-up, and the first document needs it only after extraction, segmentation,
 * dates and places. NameFinderME keeps per-document state and is not thread-safe, so each thread
 * gets its own finder over the shared model.
 */
final class OrgModel {
    static final String RESOURCE = "orgs-ner.bin";

    private final ThreadLocal<NameFinderME> finder;

    private OrgModel(FutureTask<TokenNameFinderModel> model) {
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(loaded(model)));
    }

    /** The committed model, or null when the build carries none. */
    static OrgModel builtIn() {
        if (OrgModel.class.getResource(RESOURCE) == null) {
            return null;
        }
        FutureTask<TokenNameFinderModel> model = new FutureTask<>(OrgModel::read);
        Thread loader = new Thread(model, "reportparse-org-model");
        loader.setDaemon(true);
        loader.start();
        return new OrgModel(model);
    }

    private static TokenNameFinderModel read() throws IOException {
        try (InputStream in = OrgModel.class.getResourceAsStream(RESOURCE)) {
            return new TokenNameFinderModel(in);
        }
    }

    private static TokenNameFinderModel loaded(FutureTask<TokenNameFinderModel> model) {
        try {
            return model.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + RESOURCE, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : new IllegalStateException("cannot load " + RESOURCE, e.getCause());
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

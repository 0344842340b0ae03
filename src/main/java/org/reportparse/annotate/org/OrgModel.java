package org.reportparse.annotate.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.reportparse.annotate.Span;

/**
 * The project's own OpenNLP organization name finder (trained by scripts/train-orgs on src/ner data).
 * The model is loaded once, on a background thread started at construction: reading it is the
 * largest part of start-up, and the first document needs it only after extraction, segmentation,
 * dates and places. That thread also makes the first finder and runs it once on a short sentence,
 * so that the first document does not pay the finder's first-run class loading and linking on its
 * critical path. NameFinderME keeps per-document state and is not thread-safe, so each thread gets
 * its own finder over the shared model; the warmed one goes to the first thread that asks.
 */
final class OrgModel {
    static final String RESOURCE = "orgs-ner.bin";
    /** Run once by the loading thread: any sentence takes the finder's whole code path. */
    private static final String WARM_UP = "The Organization of American States met in Lima.";

    /** The shared model and the finder warmed up on it. */
    private record Loaded(TokenNameFinderModel model, NameFinderME warmed) {}

    private final FutureTask<Loaded> loading;
    private final AtomicBoolean warmedTaken = new AtomicBoolean();
    private final ThreadLocal<NameFinderME> finder = ThreadLocal.withInitial(this::newFinder);

    private OrgModel(FutureTask<Loaded> loading) {
        this.loading = loading;
    }

    /** The committed model, or null when the build carries none. */
    static OrgModel builtIn() {
        if (OrgModel.class.getResource(RESOURCE) == null) {
            return null;
        }
        FutureTask<Loaded> loading = new FutureTask<>(OrgModel::load);
        Thread loader = new Thread(loading, "reportparse-org-model");
        loader.setDaemon(true);
        loader.start();
        return new OrgModel(loading);
    }

    private static Loaded load() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = OrgModel.class.getResourceAsStream(RESOURCE)) {
            model = new Committed(in);
        }
        NameFinderME warmed = new NameFinderME(model);
        find(warmed, WARM_UP, 0, WARM_UP.length()); // leaves no state: find clears the adaptive data
        return new Loaded(model, warmed);
    }

    /**
     * The committed model, whose finders get the feature generators of {@link #features()}. OpenNLP
     * would build the same ones from the XML descriptor the model carries, through a DOM parser,
     * XPath and reflection: ~250 classes and 30-60 ms of CPU for each finder.
     */
    private static final class Committed extends TokenNameFinderModel {
        Committed(InputStream in) throws IOException {
            super(in);
            toolFactory = new TokenNameFinderFactory(null, Map.of(), getFactory().createSequenceCodec()) {
                @Override
                public AdaptiveFeatureGenerator createFeatureGenerators() {
                    return features();
                }
            };
        }
    }

    /**
     * The generators of OpenNLP's default name-finder descriptor (generator.featuregen in the model,
     * which scripts/train-orgs trains with), in its order: token classes and lower-cased tokens in a
     * window of two on each side, the outcome prior, the previous outcome of the same token, token
     * bigrams and the sentence start. OrgModelFeaturesTest checks they give the same features as the
     * descriptor.
     */
    static AdaptiveFeatureGenerator features() {
        return new CachedFeatureGenerator(new AggregatedFeatureGenerator(
                new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2),
                new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2),
                new OutcomePriorFeatureGenerator(),
                new PreviousMapFeatureGenerator(),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false)));
    }

    private NameFinderME newFinder() {
        Loaded l = loaded();
        return warmedTaken.compareAndSet(false, true) ? l.warmed() : new NameFinderME(l.model());
    }

    private Loaded loaded() {
        try {
            return loading.get();
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
        return find(finder.get(), text, from, to);
    }

    private static List<Span> find(NameFinderME f, String text, int from, int to) {
        String s = text.substring(from, to);
        opennlp.tools.util.Span[] toks = SimpleTokenizer.INSTANCE.tokenizePos(s);
        String[] words = opennlp.tools.util.Span.spansToStrings(toks, s);
        opennlp.tools.util.Span[] names = f.find(words);
        f.clearAdaptiveData();
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span n : names) {
            out.add(new Span(from + toks[n.getStart()].getStart(), from + toks[n.getEnd() - 1].getEnd()));
        }
        return out;
    }
}

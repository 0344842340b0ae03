package org.reportparse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.attendance.AttendanceField;
import org.reportparse.annotate.date.DateAnnotator;
import org.reportparse.annotate.date.DateField;
import org.reportparse.annotate.org.PartnerField;
import org.reportparse.annotate.place.PlaceField;
import org.reportparse.assemble.ActivityAssembler;
import org.reportparse.extract.ExtractedDocument;
import org.reportparse.extract.ExtractionException;
import org.reportparse.extract.Extractor;
import org.reportparse.model.Activity;
import org.reportparse.model.Period;
import org.reportparse.model.Report;
import org.reportparse.model.ReportInfo;
import org.reportparse.model.SourceInfo;
import org.reportparse.segment.ActivityWords;
import org.reportparse.segment.Labels;
import org.reportparse.segment.LanguageGuesser;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.SegmentedDocument;
import org.reportparse.segment.Segmenter;

/**
 * extract -> segment -> annotate -> assemble, for one document at a time. Built once (models,
 * gazetteer and word lists are loaded here) and safe to share between threads.
 */
public final class Pipeline {
    private final Extractor extractor;
    private final LanguageGuesser languages;
    private final Segmenter segmenter;
    /** The field annotators (gazetteer, registry, rules, word lists, models), loaded by {@link #annotators}. */
    private final FutureTask<ActivityAssembler> assembler;

    /** @param organizations a user's own organizations file (--organizations), or null */
    public static Pipeline load(Path organizations) {
        return new Pipeline(organizations);
    }

    public static Pipeline load() {
        return new Pipeline(null);
    }

    /**
     * The field annotators load on a thread of their own while this one loads the segmenter's word
     * lists and the first document is extracted and segmented, which needs none of them: they are
     * two thirds of the loading. With a user's organizations file they load here, so that its
     * errors stop the run before any document, as they always have.
     */
    private Pipeline(Path organizations) {
        DateAnnotator dates = DateAnnotator.shared();
        ActivityWords words = ActivityWords.load();
        this.assembler = new FutureTask<>(() -> annotators(organizations, dates, words));
        if (organizations == null) {
            Thread loader = new Thread(assembler, "reportparse-annotators");
            loader.setDaemon(true);
            loader.start();
        } else {
            assembler.run();
            assembler();
        }
        this.extractor = new Extractor();
        this.languages = LanguageGuesser.load();
        this.segmenter = new Segmenter(dates, Labels.load(), words);
    }

    private static ActivityAssembler annotators(Path organizations, DateAnnotator dates, ActivityWords words) {
        // Also loaded here rather than by the first document to need them, on its thread: the sentence
        // model and the date word lists of both shipped languages (almost every document uses all three).
        Sentences.shared();
        dates.loadLanguages();
        PlaceField places = PlaceField.load();
        return new ActivityAssembler(words, new DateField(dates), places,
                PartnerField.load(organizations, places.annotator().gazetteer()::names), AttendanceField.load(),
                places.annotator().gazetteer()::names);
    }

    /** The loaded annotators (waiting for them if they are still loading); their loading's failure, rethrown. */
    private ActivityAssembler assembler() {
        try {
            return assembler.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the annotators", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Per-run settings that do not change the loaded resources. */
    public record Options(LocalDate referenceDate) {
        public static final Options DEFAULT = new Options(null);
    }

    public Report process(byte[] bytes, String path, Options options) throws ExtractionException {
        return process(extractor.extract(bytes, path), options);
    }

    public Report process(ExtractedDocument doc, Options options) {
        String text = doc.text();
        String language = languages.guess(text);
        SegmentedDocument seg = segmenter.segment(doc, language);
        DocumentContext ctx = new DocumentContext(text, language, seg.header(), seg.sections(),
                options.referenceDate());
        List<Activity> activities = assembler().assemble(ctx);
        ReportHeader h = seg.header();
        Period period = h.periodStart() == null ? null
                : new Period(h.periodStart(), h.periodEnd(), h.period() == null ? null : h.period().of(text));
        String title = h.title() == null ? null : h.title().of(text).replaceAll("\\s+", " ").strip();
        SourceInfo source = new SourceInfo(doc.path(), doc.mediaType(), doc.sha256(),
                text.codePointCount(0, text.length()));
        return new Report(source, new ReportInfo(title, period, language), activities,
                new ArrayList<>(ctx.warnings()), text);
    }
}

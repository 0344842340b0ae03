package org.reportparse.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.reportparse.Pipeline;
import org.reportparse.batch.Inputs.Input;
import org.reportparse.model.Report;
import org.reportparse.output.ReportWriter;
import org.reportparse.output.ReportWriter.Format;

/**
 * Converts many inputs with one shared pipeline: in parallel, each failure isolated and named,
 * outputs either one file per input under a folder (written by the workers, atomically) or one
 * stream in input order (written by the calling thread).
 */
public final class Conversion {

    /** How to convert; maxBytes is --max-size, timeout the per-document limit. */
    public record Settings(Format format, boolean includeText, Pipeline.Options options, long maxBytes,
                           Duration timeout, int jobs, boolean failFast, boolean skipExisting) {}

    /** What happened to one input: a report for the stream, or nothing when written or skipped. */
    private record Result(Report report, boolean skipped) {}

    private final Pipeline pipeline;
    private final Settings settings;
    private final Progress progress;
    private final ErrorLog errorLog;

    public Conversion(Pipeline pipeline, Settings settings, Progress progress, ErrorLog errorLog) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.progress = progress;
        this.errorLog = errorLog;
    }

    /** Every report into one stream, in input order. */
    public void toStream(List<Input> inputs, ReportWriter out) throws IOException, InterruptedException {
        run(inputs, in -> new Result(convert(in), false), out);
    }

    /** One output file per input under layout's folder. */
    public void toFiles(List<Input> inputs, OutputLayout layout) throws IOException, InterruptedException {
        run(inputs, in -> writeFile(in, layout), null);
    }

    /** The input's named failure, as printed and logged. */
    public void fail(String path, String reason) throws IOException {
        progress.failed();
        progress.println("reportparse: " + path + ": " + reason);
        if (errorLog != null) {
            errorLog.add(path, reason);
        }
    }

    private void run(List<Input> inputs, BatchRunner.Task<Input, Result> task, ReportWriter out)
            throws IOException, InterruptedException {
        new BatchRunner<Input, Result>(settings.jobs(), settings.timeout()).run(inputs, task, (in, outcome) -> {
            if (outcome.failed()) {
                fail(in.name(), outcome.failure());
                return !settings.failFast();
            }
            Result r = outcome.value();
            if (r.skipped()) {
                progress.skipped();
            } else {
                if (out != null) {
                    out.write(r.report());
                }
                progress.converted();
            }
            return true;
        });
    }

    private Report convert(Input in) throws Exception {
        byte[] bytes = in.read(settings.maxBytes());
        return pipeline.process(bytes, in.name(), settings.options());
    }

    private Result writeFile(Input in, OutputLayout layout) throws Exception {
        if (settings.skipExisting() && layout.upToDate(in)) {
            return new Result(null, true);
        }
        Path target = layout.target(in);
        Report report = convert(in);
        AtomicFile.discardStale(target);
        try (AtomicFile file = AtomicFile.create(target)) {
            try (ReportWriter w = ReportWriter.of(settings.format(), file.writer(), settings.includeText(), false)) {
                w.write(report);
            }
            // A document abandoned for its time limit must not appear afterwards as converted.
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            file.commit();
        }
        return new Result(null, false);
    }
}

package org.reportparse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportparse.Pipeline;
import org.reportparse.batch.Inputs;
import org.reportparse.batch.Inputs.Input;
import org.reportparse.batch.AtomicFile;
import org.reportparse.batch.Conversion;
import org.reportparse.batch.ErrorLog;
import org.reportparse.batch.InputFilter;
import org.reportparse.batch.OutputLayout;
import org.reportparse.batch.Progress;
import org.reportparse.output.ReportWriter;
import org.reportparse.output.ReportWriter.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * `reportparse extract`: converts each input document and writes its activity records. Its options are
 * described in code ({@link #spec()}), not with picocli's annotations: reading those by reflection
 * (field scans, annotation proxy classes generated at every start) cost about 0.1 s of CPU per run.
 */
public final class ExtractCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    ExtractCommand() {
        spec.name("extract").versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false)
                .description("Finds the activities an activity report describes and writes one record per activity.",
                        "Exit status: 0 every input converted; 1 some inputs failed (the rest were still written);"
                                + " 2 bad usage.")
                .footer("", "Examples:",
                        "  reportparse extract report.docx",
                        "  reportparse extract --format csv -o activities.csv a.txt b.docx",
                        "  reportparse extract --jobs 4 --errors failed.jsonl -o out/ archive/",
                        "  reportparse extract --skip-existing -o out/ archive/     (resume)",
                        "  cat report.txt | reportparse extract --format jsonl -");
        spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("INPUT")
                .type(List.class).auxiliaryTypes(String.class)
                .description("A document file (plain text in any common encoding, DOCX, ODT, RTF, HTML, PDF),"
                        + " a folder (read recursively), or - for standard input.")
                .build());
        spec.addOption(option(Format.class, "--format").paramLabel("FORMAT").defaultValue("json")
                .description("Output format: json (one report object; an array for several inputs), jsonl"
                        + " (one report per line) or csv (one row per activity). Default: ${DEFAULT-VALUE}.")
                .build());
        // kept as typed: a trailing "/" means a folder
        spec.addOption(option(String.class, "-o", "--output").paramLabel("FILE|DIR")
                .description("Write to FILE instead of standard output (written whole or not at all); or, when DIR"
                        + " ends with / or is a folder, or several inputs or a folder are given and the name has no"
                        + " .json/.jsonl/.csv extension, one output per input under DIR mirroring the input paths"
                        + " (a/b/report.docx -> DIR/a/b/report.json).")
                .build());
        spec.addOption(flag("--include-text")
                .description("Add the extracted plain text, which every span points into, to each report as \"text\".")
                .build());
        spec.addOption(option(LocalDate.class, "--reference-date").paramLabel("YYYY-MM-DD")
                .converters(new DateConverter())
                .description("Date that dates without a year and relative dates (\"tomorrow\") are read against"
                        + " when the document itself gives none.")
                .build());
        spec.addOption(option(Path.class, "--organizations").paramLabel("FILE")
                .description("A CSV or JSON file of your own organizations and their aliases, added to the"
                        + " built-in registry.")
                .build());
        spec.addOption(option(List.class, "--include").auxiliaryTypes(String.class).paramLabel("GLOB")
                .description("In folders, convert only files matching GLOB (repeatable; a GLOB with a / matches the"
                        + " path below the folder, else the file name). Default: the document types Tika reads"
                        + " (txt, md, docx, doc, odt, rtf, html, pdf; files without an extension by their content).")
                .build());
        spec.addOption(option(List.class, "--exclude").auxiliaryTypes(String.class).paramLabel("GLOB")
                .description("In folders, skip files matching GLOB (repeatable).")
                .build());
        spec.addOption(option(Integer.class, "-j", "--jobs").paramLabel("N")
                .description("Worker threads sharing one loaded pipeline. Default: the number of processors.")
                .build());
        spec.addOption(option(double.class, "--timeout").paramLabel("SECONDS").defaultValue("60")
                .description("Give up on a document after this many seconds (it fails alone). Default: ${DEFAULT-VALUE}.")
                .build());
        spec.addOption(option(long.class, "--max-size").paramLabel("SIZE").defaultValue("50MB")
                .converters(new SizeConverter())
                .description("Fail documents larger than SIZE (e.g. 50MB, 512k) without reading them."
                        + " Default: ${DEFAULT-VALUE}.")
                .build());
        spec.addOption(flag("--fail-fast").description("Stop at the first document that fails.").build());
        spec.addOption(flag("--skip-existing")
                .description("With an output folder: skip inputs whose output exists and is not older than the input"
                        + " (resumes an interrupted run).")
                .build());
        spec.addOption(option(Path.class, "--errors").paramLabel("FILE")
                .description("Also write one JSON line per failed input, {\"path\": ..., \"reason\": ...}, to FILE.")
                .build());
        spec.addOption(flag("-q", "--quiet")
                .description("No progress display and no closing summary (errors are still printed).")
                .build());
        StandardHelpOptions.addTo(spec);
    }

    /** This command's model, for picocli and for tests. */
    CommandSpec spec() {
        return spec;
    }

    private static OptionSpec.Builder option(Class<?> type, String... names) {
        return OptionSpec.builder(names).type(type);
    }

    private static OptionSpec.Builder flag(String... names) {
        return option(boolean.class, names).arity("0");
    }

    /** The parsed value of an option (its default when not given; null when it has none). */
    @SuppressWarnings("unchecked")
    private <T> T value(String name) {
        return (T) spec.findOption(name).getValue();
    }

    private boolean isSet(String flag) {
        return Boolean.TRUE.equals(value(flag));
    }

    private List<String> list(String name) {
        List<String> values = value(name);
        return values != null ? values : new ArrayList<>();
    }

    // The parsed options, read from the model when the command runs.
    private List<String> inputs;
    private Format format;
    private String output;
    private boolean includeText;
    private boolean quiet;

    @Override
    @SuppressWarnings("unchecked")
    public Integer call() throws IOException, InterruptedException {
        inputs = (List<String>) spec.positionalParameters().get(0).getValue();
        format = value("--format");
        output = value("--output");
        includeText = isSet("--include-text");
        quiet = isSet("--quiet");
        List<String> includes = list("--include");
        List<String> excludes = list("--exclude");
        boolean skipExisting = isSet("--skip-existing");
        Integer jobs = value("--jobs");
        double timeoutSeconds = value("--timeout");
        Path errors = value("--errors");
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Inputs.Expanded expanded = Inputs.expand(inputs, new InputFilter(includes, excludes));
        List<Input> docs = expanded.inputs();
        boolean batch = inputs.size() > 1 || expanded.hadFolder();
        boolean toFolder = output != null && OutputTarget.isFolder(output, batch);
        if (skipExisting && !toFolder) {
            throw new ParameterException(spec.commandLine(), "--skip-existing needs an output folder (-o DIR/)");
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1 || timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--jobs and --timeout must be positive");
        }
        Progress progress = new Progress(err, !quiet && Progress.stderrIsTerminal());
        progress.total(docs.size() + expanded.skipped());
        progress.skipped(expanded.skipped());
        Conversion.Settings settings = new Conversion.Settings(format, includeText,
                new Pipeline.Options(value("--reference-date")), value("--max-size"),
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), threads, isSet("--fail-fast"), skipExisting);
        try (ErrorLog log = errors == null ? null : new ErrorLog(errors)) {
            Conversion conversion = new Conversion(docs.isEmpty() ? null : Pipeline.load(value("--organizations")),
                    settings, progress, log);
            for (String e : expanded.errors()) {
                int colon = e.lastIndexOf(": ");
                conversion.fail(e.substring(0, colon), e.substring(colon + 2));
            }
            if (toFolder) {
                conversion.toFiles(docs, new OutputLayout(Path.of(output), format.extension(), docs));
            } else {
                toStream(conversion, docs, batch);
            }
            if (log != null) {
                log.commit();
            }
        }
        if (batch && !quiet) {
            progress.summary();
        }
        return progress.failures() == 0 ? 0 : 1;
    }

    /** Every report into standard output or one -o FILE (written whole or not at all). */
    private void toStream(Conversion conversion, List<Input> docs, boolean array)
            throws IOException, InterruptedException {
        try (AtomicFile file = output == null ? null : AtomicFile.create(Path.of(output))) {
            Writer out = file != null ? file.writer()
                    : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            try (ReportWriter writer = ReportWriter.of(format, out, includeText, array)) {
                conversion.toStream(docs, writer);
            }
            if (file != null) {
                file.commit();
            }
        }
    }
}

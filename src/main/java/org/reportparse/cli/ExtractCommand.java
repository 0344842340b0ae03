package org.reportparse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportparse.Pipeline;
import org.reportparse.batch.Inputs;
import org.reportparse.batch.Inputs.Input;
import org.reportparse.batch.AtomicFile;
import org.reportparse.extract.ExtractionException;
import org.reportparse.model.Report;
import org.reportparse.output.ReportWriter;
import org.reportparse.output.ReportWriter.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `reportparse extract`: converts each input document and writes its activity records. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Finds the activities an activity report describes and writes one record per activity.",
                "Exit status: 0 every input converted; 1 some inputs failed (the rest were still written);"
                        + " 2 bad usage."},
        footer = {"", "Examples:",
                "  reportparse extract report.docx",
                "  reportparse extract --format csv -o activities.csv a.txt b.docx",
                "  cat report.txt | reportparse extract --format jsonl -"})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A document file (plain text in any common encoding, DOCX, ODT, RTF, HTML, PDF),"
                    + " a folder (read recursively), or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: json (one report object; an array for several inputs), jsonl"
                    + " (one report per line) or csv (one row per activity). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (written whole or not at all).")
    Path output;

    @Option(names = "--include-text",
            description = "Add the extracted plain text, which every span points into, to each report as \"text\".")
    boolean includeText;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Date that dates without a year and relative dates (\"tomorrow\") are read against"
                    + " when the document itself gives none.")
    LocalDate referenceDate;

    @Option(names = "--organizations", paramLabel = "FILE",
            description = "A CSV or JSON file of your own organizations and their aliases, added to the"
                    + " built-in registry.")
    Path organizations;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Inputs.Expanded expanded = Inputs.expand(inputs);
        int failed = expanded.errors().size();
        expanded.errors().forEach(e -> err.println("reportparse: " + e));
        Pipeline pipeline = Pipeline.load(organizations);
        Pipeline.Options options = new Pipeline.Options(referenceDate);
        boolean array = inputs.size() > 1 || expanded.hadFolder();
        try (AtomicFile file = output == null ? null : AtomicFile.create(output)) {
            Writer out = file != null ? file.writer()
                    : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            try (ReportWriter writer = ReportWriter.of(format, out, includeText, array)) {
                for (Input input : expanded.inputs()) {
                    try {
                        Report report = pipeline.process(input.read(), input.name(), options);
                        writer.write(report);
                    } catch (ExtractionException | IOException e) {
                        failed++;
                        err.println("reportparse: " + input.name() + ": " + oneLine(e));
                    }
                }
            }
            if (file != null) {
                file.commit();
            }
        }
        return failed == 0 ? 0 : 1;
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}

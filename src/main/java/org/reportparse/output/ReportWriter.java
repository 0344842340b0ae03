package org.reportparse.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.reportparse.model.Report;

/**
 * Writes reports in one of the contract's formats to a stream, one report at a time, so a batch
 * never holds more than the report being written.
 */
public abstract class ReportWriter implements AutoCloseable {

    public enum Format {
        JSON, JSONL, CSV;

        /** File extension of a per-input output file. */
        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Generators without an ObjectMapper: writing needs none (see {@link ReportJson#mapper()}). */
    private static final JsonFactory FACTORY = new JsonFactory();

    protected final Writer out;
    protected final boolean includeText;

    protected ReportWriter(Writer out, boolean includeText) {
        this.out = out;
        this.includeText = includeText;
    }

    /**
     * @param array for JSON: write the reports as one array (several inputs into one stream);
     *              otherwise the single report object
     */
    public static ReportWriter of(Format format, Writer out, boolean includeText, boolean array) throws IOException {
        return switch (format) {
            case JSON -> new Json(out, includeText, array);
            case JSONL -> new JsonLines(out, includeText);
            case CSV -> new Csv(out);
        };
    }

    public abstract void write(Report report) throws IOException;

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static final class Json extends ReportWriter {
        private final JsonGenerator gen;
        private final boolean array;

        Json(Writer out, boolean includeText, boolean array) throws IOException {
            super(out, includeText);
            this.gen = FACTORY.createGenerator(out);
            this.gen.setPrettyPrinter(new DefaultPrettyPrinter());
            this.array = array;
            if (array) {
                gen.writeStartArray();
            }
        }

        @Override
        public void write(Report report) throws IOException {
            ReportJson.write(gen, report, includeText);
            gen.flush();
        }

        @Override
        public void close() throws IOException {
            if (array) {
                gen.writeEndArray();
            }
            gen.flush();
            out.write("\n");
            super.close();
        }
    }

    private static final class JsonLines extends ReportWriter {
        JsonLines(Writer out, boolean includeText) {
            super(out, includeText);
        }

        @Override
        public void write(Report report) throws IOException {
            // a generator per line: one kept across reports would put a separator before each next one
            StringWriter line = new StringWriter();
            try (JsonGenerator gen = FACTORY.createGenerator(line)) {
                ReportJson.write(gen, report, includeText);
            }
            out.write(line.toString());
            out.write('\n');
        }
    }

    private static final class Csv extends ReportWriter {
        private final SequenceWriter rows;

        Csv(Writer out) throws IOException {
            super(out, false);
            this.rows = CsvOutput.rows(out);
            CsvOutput.writeHeader(rows);
        }

        @Override
        public void write(Report report) throws IOException {
            CsvOutput.writeReport(rows, report);
            rows.flush();
        }

        @Override
        public void close() throws IOException {
            rows.flush();
            super.close();
        }
    }
}

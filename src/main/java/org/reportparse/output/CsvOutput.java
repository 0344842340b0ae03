package org.reportparse.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.reportparse.model.Activity;
import org.reportparse.model.PartnerValue;
import org.reportparse.model.PlaceValue;
import org.reportparse.model.Report;

/** The contract's CSV: RFC 4180, one header row, one row per activity; lists joined with "; ". */
public final class CsvOutput {
    public static final List<String> HEADER = List.of("source", "activity", "title", "type", "start_date",
            "end_date", "places", "country_codes", "partners", "attendance", "attendance_qualifier");

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA;

    static {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
        HEADER.forEach(b::addColumn);
        SCHEMA = b.build();
    }

    private CsvOutput() {}

    /** A writer for rows; call {@link #writeHeader} once first. */
    public static SequenceWriter rows(Writer out) throws IOException {
        return MAPPER.writer(SCHEMA).writeValues(out);
    }

    public static void writeHeader(SequenceWriter rows) throws IOException {
        rows.write(HEADER.toArray());
    }

    public static void writeReport(SequenceWriter rows, Report r) throws IOException {
        for (Activity a : r.activities()) {
            rows.write(row(r, a).toArray());
        }
    }

    static List<String> row(Report r, Activity a) {
        List<String> row = new ArrayList<>();
        row.add(r.source().path());
        row.add(String.valueOf(a.id()));
        row.add(nz(a.title()));
        row.add(nz(a.type()));
        row.add(a.date() == null ? "" : nz(a.date().start()));
        row.add(a.date() == null ? "" : nz(a.date().end()));
        row.add(a.places().stream().map(CsvOutput::place).collect(Collectors.joining("; ")));
        row.add(a.places().stream().map(PlaceValue::countryCode).filter(c -> c != null).distinct()
                .collect(Collectors.joining("; ")));
        row.add(a.partners().stream().map(PartnerValue::name).collect(Collectors.joining("; ")));
        row.add(a.attendance() == null ? "" : String.valueOf(a.attendance().count()));
        row.add(a.attendance() == null ? "" : a.attendance().qualifier());
        return row;
    }

    private static String place(PlaceValue p) {
        String name = p.city() != null ? p.city() : p.name();
        return p.countryCode() == null ? name : name + ", " + p.countryCode();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

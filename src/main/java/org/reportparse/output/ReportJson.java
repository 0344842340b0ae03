package org.reportparse.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.reportparse.annotate.Span;
import org.reportparse.model.Activity;
import org.reportparse.model.AttendanceValue;
import org.reportparse.model.DateValue;
import org.reportparse.model.PartnerValue;
import org.reportparse.model.PlaceValue;
import org.reportparse.model.Report;

/**
 * A {@link Report} as the JSON object of the output contract (schema version 1). Field names and
 * order here are the contract: add fields freely, never rename or drop one. The object is
 * streamed to a generator field by field (building a tree first cost as much as writing it).
 */
public final class ReportJson {

    private ReportJson() {}

    /**
     * A mapper for reading JSON, made on first use: writing needs none, and setting one up
     * (serializer lookup, date formats, locale data: ~370 classes) cost a one-document run ~0.07 s of CPU.
     */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    /** The report as a JSON tree (what {@link #write} streams), for checking it. */
    public static JsonNode toTree(Report r, boolean includeText) {
        try (TokenBuffer buffer = new TokenBuffer(mapper(), false)) {
            write(buffer, r, includeText);
            return mapper().readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the report object to the generator. */
    public static void write(JsonGenerator g, Report r, boolean includeText) throws IOException {
        CodePoints cp = new CodePoints(r.text());
        g.writeStartObject();
        g.writeNumberField("schemaVersion", Report.SCHEMA_VERSION);
        g.writeObjectFieldStart("source");
        g.writeStringField("path", r.source().path());
        g.writeStringField("mediaType", r.source().mediaType());
        g.writeStringField("sha256", r.source().sha256());
        g.writeNumberField("characters", r.source().characters());
        g.writeEndObject();
        g.writeObjectFieldStart("report");
        g.writeStringField("title", r.report().title());
        if (r.report().period() == null) {
            g.writeNullField("period");
        } else {
            g.writeObjectFieldStart("period");
            g.writeStringField("start", r.report().period().start());
            g.writeStringField("end", r.report().period().end());
            g.writeStringField("text", r.report().period().text());
            g.writeEndObject();
        }
        g.writeStringField("language", r.report().language());
        g.writeEndObject();
        g.writeArrayFieldStart("activities");
        for (Activity a : r.activities()) {
            activity(g, a, cp);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (String w : r.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        if (includeText) {
            g.writeStringField("text", r.text());
        }
        g.writeEndObject();
    }

    private static void activity(JsonGenerator g, Activity a, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", a.id());
        g.writeStringField("title", a.title());
        g.writeStringField("type", a.type());
        DateValue d = a.date();
        if (d == null) {
            g.writeNullField("date");
        } else {
            g.writeObjectFieldStart("date");
            g.writeStringField("start", d.start());
            g.writeStringField("end", d.end());
            if (d.days() != null && !d.days().isEmpty()) {
                g.writeArrayFieldStart("days");
                for (String day : d.days()) {
                    g.writeString(day);
                }
                g.writeEndArray();
            }
            g.writeStringField("text", d.text());
            span(g, d.span(), cp);
            g.writeEndObject();
        }
        g.writeArrayFieldStart("places");
        for (PlaceValue p : a.places()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("city", p.city());
            g.writeStringField("region", p.region());
            g.writeStringField("country", p.country());
            g.writeStringField("countryCode", p.countryCode());
            number(g, "latitude", p.latitude());
            number(g, "longitude", p.longitude());
            g.writeStringField("text", p.text());
            span(g, p.span(), cp);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("partners");
        for (PartnerValue p : a.partners()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("acronym", p.acronym());
            g.writeArrayFieldStart("aliases");
            for (String alias : p.aliases()) {
                g.writeString(alias);
            }
            g.writeEndArray();
            g.writeStringField("role", p.role());
            g.writeStringField("text", p.text());
            span(g, p.span(), cp);
            g.writeEndObject();
        }
        g.writeEndArray();
        AttendanceValue at = a.attendance();
        if (at == null) {
            g.writeNullField("attendance");
        } else {
            g.writeObjectFieldStart("attendance");
            g.writeNumberField("count", at.count());
            g.writeStringField("qualifier", at.qualifier());
            g.writeStringField("text", at.text());
            span(g, at.span(), cp);
            g.writeEndObject();
        }
        span(g, a.span(), cp);
        g.writeEndObject();
    }

    /** A coordinate, or null when the gazetteer has none. */
    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value.doubleValue());
        }
    }

    private static void span(JsonGenerator g, Span s, CodePoints cp) throws IOException {
        if (s == null) {
            g.writeNullField("span");
        } else {
            g.writeArrayFieldStart("span");
            g.writeNumber(cp.of(s.start()));
            g.writeNumber(cp.of(s.end()));
            g.writeEndArray();
        }
    }
}

package org.reportparse.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reportparse.annotate.Span;
import org.reportparse.model.Activity;
import org.reportparse.model.AttendanceValue;
import org.reportparse.model.DateValue;
import org.reportparse.model.PartnerValue;
import org.reportparse.model.PlaceValue;
import org.reportparse.model.Report;

/**
 * A {@link Report} as the JSON tree of the output contract (schema version 1). Field names and
 * order here are the contract: add fields freely, never rename or drop one.
 */
public final class ReportJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {}

    /** A mapper for reading JSON; made on first use, as writing needs none ({@link JsonTree}). */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    public static ObjectNode toTree(Report r, boolean includeText) {
        CodePoints cp = new CodePoints(r.text());
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", Report.SCHEMA_VERSION);
        ObjectNode source = root.putObject("source");
        source.put("path", r.source().path());
        source.put("mediaType", r.source().mediaType());
        source.put("sha256", r.source().sha256());
        source.put("characters", r.source().characters());
        ObjectNode report = root.putObject("report");
        report.put("title", r.report().title());
        if (r.report().period() == null) {
            report.putNull("period");
        } else {
            ObjectNode p = report.putObject("period");
            p.put("start", r.report().period().start());
            p.put("end", r.report().period().end());
            p.put("text", r.report().period().text());
        }
        report.put("language", r.report().language());
        ArrayNode acts = root.putArray("activities");
        for (Activity a : r.activities()) {
            acts.add(activity(a, cp));
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        if (includeText) {
            root.put("text", r.text());
        }
        return root;
    }

    private static ObjectNode activity(Activity a, CodePoints cp) {
        ObjectNode o = NODES.objectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("type", a.type());
        DateValue d = a.date();
        if (d == null) {
            o.putNull("date");
        } else {
            ObjectNode n = o.putObject("date");
            n.put("start", d.start());
            n.put("end", d.end());
            if (d.days() != null && !d.days().isEmpty()) {
                ArrayNode days = n.putArray("days");
                d.days().forEach(days::add);
            }
            n.put("text", d.text());
            span(n, d.span(), cp);
        }
        ArrayNode places = o.putArray("places");
        for (PlaceValue p : a.places()) {
            ObjectNode n = places.addObject();
            n.put("name", p.name());
            n.put("city", p.city());
            n.put("region", p.region());
            n.put("country", p.country());
            n.put("countryCode", p.countryCode());
            n.put("latitude", p.latitude());
            n.put("longitude", p.longitude());
            n.put("text", p.text());
            span(n, p.span(), cp);
        }
        ArrayNode partners = o.putArray("partners");
        for (PartnerValue p : a.partners()) {
            ObjectNode n = partners.addObject();
            n.put("name", p.name());
            n.put("acronym", p.acronym());
            n.put("role", p.role());
            n.put("text", p.text());
            span(n, p.span(), cp);
        }
        AttendanceValue at = a.attendance();
        if (at == null) {
            o.putNull("attendance");
        } else {
            ObjectNode n = o.putObject("attendance");
            n.put("count", at.count());
            n.put("qualifier", at.qualifier());
            n.put("text", at.text());
            span(n, at.span(), cp);
        }
        span(o, a.span(), cp);
        return o;
    }

    private static void span(ObjectNode n, Span s, CodePoints cp) {
        if (s == null) {
            n.putNull("span");
        } else {
            n.putArray("span").add(cp.of(s.start())).add(cp.of(s.end()));
        }
    }
}

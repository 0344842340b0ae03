package org.reportparse.assemble;

import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.annotate.Span;
import org.reportparse.model.Activity;
import org.reportparse.model.AttendanceValue;
import org.reportparse.model.DateValue;
import org.reportparse.model.PartnerValue;
import org.reportparse.model.PlaceValue;
import org.reportparse.segment.ActivityWords;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.Section;

/**
 * Stage 4: one {@link Activity} per section, from its title and each field annotator's choice.
 * Thread-safe: it holds only immutable annotators.
 */
public final class ActivityAssembler {
    private final ActivityWords words;
    private final FieldAnnotator<DateValue> date;
    private final FieldAnnotator<List<PlaceValue>> places;
    private final FieldAnnotator<List<PartnerValue>> partners;
    private final FieldAnnotator<AttendanceValue> attendance;

    public ActivityAssembler(ActivityWords words, FieldAnnotator<DateValue> date,
                             FieldAnnotator<List<PlaceValue>> places, FieldAnnotator<List<PartnerValue>> partners,
                             FieldAnnotator<AttendanceValue> attendance) {
        this.words = words;
        this.date = date;
        this.places = places;
        this.partners = partners;
        this.attendance = attendance;
    }

    public List<Activity> assemble(DocumentContext ctx) {
        List<Activity> out = new ArrayList<>();
        for (Section s : ctx.sections()) {
            String title = title(s, ctx);
            out.add(new Activity(out.size() + 1, title, type(title, s, ctx), date.annotate(s, ctx),
                    List.copyOf(places.annotate(s, ctx)), List.copyOf(partners.annotate(s, ctx)),
                    attendance.annotate(s, ctx), s.span()));
        }
        return out;
    }

    /** The title as written, without wrapping quotes, line breaks or trailing punctuation. */
    static String title(Section s, DocumentContext ctx) {
        Span span = s.title() != null ? s.title() : s.label("title").map(Labeled::value).orElse(null);
        if (span == null) {
            return null;
        }
        String t = ctx.textOf(span).replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[\"“”'‘’«»]+|[\"“”'‘’«».,;:]+$", "").strip();
        return t.isEmpty() ? null : t;
    }

    private String type(String title, Section s, DocumentContext ctx) {
        for (Labeled l : s.labels("type")) {
            var t = words.typeOf(ctx.textOf(l.value()));
            if (t.isPresent()) {
                return t.get();
            }
        }
        if (title != null) {
            var t = words.typeOf(title);
            if (t.isPresent()) {
                return t.get();
            }
        }
        for (Span b : s.body()) {
            var t = words.typeOf(ctx.textOf(b).substring(0, Math.min(300, b.length())));
            if (t.isPresent()) {
                return t.get();
            }
        }
        return "other";
    }
}

package org.reportparse.annotate.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Span;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/** Lays out a section's title, labels and paragraphs as one text and records their spans (tests only). */
final class SectionLayout {
    private final StringBuilder text = new StringBuilder();
    private final List<Labeled> labels = new ArrayList<>();
    private final List<Span> body = new ArrayList<>();
    private Span title;
    private String periodStart;
    private LocalDate dateline;
    private SectionKind kind = SectionKind.HEADED;

    static SectionLayout section() {
        return new SectionLayout();
    }

    SectionLayout title(String s) {
        title = append(s);
        return this;
    }

    SectionLayout label(String key, String label, String value) {
        text.append(label).append(": ");
        labels.add(new Labeled(key, label, append(value)));
        return this;
    }

    SectionLayout paragraph(String s) {
        body.add(append(s));
        return this;
    }

    SectionLayout period(String isoStart) {
        periodStart = isoStart;
        return this;
    }

    SectionLayout dateline(LocalDate d) {
        dateline = d;
        kind = SectionKind.WHOLE_DOCUMENT;
        return this;
    }

    private Span append(String s) {
        int start = text.length();
        text.append(s);
        Span span = new Span(start, text.length());
        text.append("\n\n");
        return span;
    }

    Section build() {
        return new Section(0, new Span(0, text.length()), title, kind, labels, List.of(), body);
    }

    DocumentContext context() {
        ReportHeader header = new ReportHeader(null, periodStart, null, null, dateline, null);
        return new DocumentContext(text.toString(), "en", header, List.of(build()), null);
    }
}

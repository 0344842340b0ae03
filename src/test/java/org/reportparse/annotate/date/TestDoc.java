package org.reportparse.annotate.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Span;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/**
 * Lays out a test document line by line and records the spans a segmenter would give: start a
 * section with {@link #section}, then add its title, header lines, labels and body paragraphs.
 */
final class TestDoc {
    private final StringBuilder text = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();
    private String language = "en";
    private String periodStart;
    private String periodEnd;
    private LocalDate dateline;
    private Span datelineSpan;
    private LocalDate reference;

    private SectionKind kind;
    private int sectionStart;
    private Span title;
    private List<Span> header;
    private List<Labeled> labels;
    private List<Span> body;

    TestDoc language(String lang) {
        this.language = lang;
        return this;
    }

    TestDoc period(String start, String end) {
        this.periodStart = start;
        this.periodEnd = end;
        return this;
    }

    TestDoc reference(String iso) {
        this.reference = LocalDate.parse(iso);
        return this;
    }

    /** A report line outside sections (report title, period line...). */
    TestDoc line(String s) {
        append(s);
        return this;
    }

    /** Marks the text laid out so far that starts with s ("Washington, D.C., March 3, 2011") as the dateline. */
    TestDoc dateline(String s, String iso) {
        int start = text.indexOf(s);
        datelineSpan = new Span(start, start + s.length());
        dateline = LocalDate.parse(iso);
        return this;
    }

    /** A document date known to the header without the span it was read from. */
    TestDoc datelineDateOnly(String iso) {
        dateline = LocalDate.parse(iso);
        return this;
    }

    TestDoc section(SectionKind k) {
        close();
        kind = k;
        sectionStart = text.length();
        title = null;
        header = new ArrayList<>();
        labels = new ArrayList<>();
        body = new ArrayList<>();
        return this;
    }

    TestDoc title(String s) {
        title = append(s);
        return this;
    }

    TestDoc header(String s) {
        header.add(append(s));
        return this;
    }

    /** "Fecha: del 3 al 5 de marzo" as label "Fecha:" with key key and the value's span. */
    TestDoc label(String key, String label, String value) {
        int start = text.length() + label.length() + 1;
        append(label + " " + value);
        labels.add(new Labeled(key, label, new Span(start, start + value.length())));
        return this;
    }

    TestDoc body(String s) {
        body.add(append(s));
        return this;
    }

    /** Section i (0-based) of the finished document. */
    Section get(int i) {
        close();
        return sections.get(i);
    }

    DocumentContext context() {
        close();
        ReportHeader h = new ReportHeader(null, periodStart, periodEnd, null, dateline, datelineSpan);
        return new DocumentContext(text.toString(), language, h, sections, reference);
    }

    private void close() {
        if (kind != null) {
            sections.add(new Section(sections.size(), new Span(sectionStart, text.length()), title, kind,
                    List.copyOf(labels), List.copyOf(header), List.copyOf(body)));
            kind = null;
        }
    }

    private Span append(String s) {
        int start = text.length();
        text.append(s).append('\n');
        return new Span(start, start + s.length());
    }
}

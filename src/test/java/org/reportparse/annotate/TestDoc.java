package org.reportparse.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/**
 * Lays out a test document line by line and records the spans a segmenter would give, so a field
 * annotator can be tested without the segmenter. Start a section with {@link #section} (or just a
 * {@link #title}), add its header lines, labels and body paragraphs; {@link #end} or the next
 * section closes it.
 */
public final class TestDoc {
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
    private List<Span> header = new ArrayList<>();
    private List<Labeled> labels = new ArrayList<>();
    private List<Span> body = new ArrayList<>();

    public TestDoc language(String lang) {
        this.language = lang;
        return this;
    }

    public TestDoc period(String start, String end) {
        this.periodStart = start;
        this.periodEnd = end;
        return this;
    }

    public TestDoc reference(String iso) {
        this.reference = LocalDate.parse(iso);
        return this;
    }

    /** A report line outside sections (report title, period line...). */
    public TestDoc line(String s) {
        append(s);
        return this;
    }

    /** Marks the text laid out so far that starts with s ("Washington, D.C., March 3, 2011") as the dateline. */
    public TestDoc dateline(String s, String iso) {
        int start = text.indexOf(s);
        datelineSpan = new Span(start, start + s.length());
        dateline = LocalDate.parse(iso);
        return this;
    }

    /** A document date known to the header without the span it was read from. */
    public TestDoc datelineDateOnly(String iso) {
        dateline = LocalDate.parse(iso);
        return this;
    }

    public TestDoc section(SectionKind k) {
        end(null);
        kind = k;
        sectionStart = text.length();
        return this;
    }

    /** The section's title; like every part, without an open section it starts a HEADED one. */
    public TestDoc title(String s) {
        open();
        title = append(s);
        return this;
    }

    public TestDoc header(String s) {
        open();
        header.add(append(s));
        return this;
    }

    /** "Fecha: del 3 al 5 de marzo": the label as written, the value's span under key. */
    public TestDoc label(String key, String label, String value) {
        open();
        String sep = label.isEmpty() || Character.isWhitespace(label.charAt(label.length() - 1)) ? "" : " ";
        int start = text.length() + label.length() + sep.length();
        append(label + sep + value);
        labels.add(new Labeled(key, label, new Span(start, start + value.length())));
        return this;
    }

    public TestDoc body(String s) {
        open();
        body.add(append(s));
        return this;
    }

    /** Closes the open section, giving it kind k (or the kind it was opened with when k is null). */
    public TestDoc end(SectionKind k) {
        if (kind != null) {
            sections.add(new Section(sections.size(), new Span(sectionStart, text.length()), title,
                    k != null ? k : kind, List.copyOf(labels), List.copyOf(header), List.copyOf(body)));
            kind = null;
            title = null;
            header = new ArrayList<>();
            labels = new ArrayList<>();
            body = new ArrayList<>();
        }
        return this;
    }

    public TestDoc end() {
        return end(null);
    }

    /** Section i (0-based) of the finished document. */
    public Section get(int i) {
        end(null);
        return sections.get(i);
    }

    public List<Section> sections() {
        end(null);
        return sections;
    }

    public String text() {
        return text.toString();
    }

    /** Where s first occurs in the text. */
    public Span spanOf(String s) {
        int at = text.indexOf(s);
        return new Span(at, at + s.length());
    }

    /** The document's context with the header, language and reference date set on this builder. */
    public DocumentContext context() {
        end(null);
        ReportHeader h = new ReportHeader(null, periodStart, periodEnd, null, dateline, datelineSpan);
        return new DocumentContext(text.toString(), language, h, sections, reference);
    }

    public DocumentContext context(String lang) {
        return context(lang, ReportHeader.EMPTY);
    }

    public DocumentContext context(String lang, ReportHeader h) {
        end(null);
        return new DocumentContext(text.toString(), lang, h, sections, reference);
    }

    private void open() {
        if (kind == null) {
            section(SectionKind.HEADED);
        }
    }

    private Span append(String s) {
        int start = text.length();
        text.append(s).append('\n');
        return new Span(start, start + s.length());
    }
}

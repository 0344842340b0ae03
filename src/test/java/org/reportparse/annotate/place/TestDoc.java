package org.reportparse.annotate.place;

import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Span;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/** Lays out a document line by line and records the spans of its sections' parts, as a segmenter would. */
final class TestDoc {
    private final StringBuilder text = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();
    private int start;
    private Span title;
    private List<Labeled> labels = new ArrayList<>();
    private List<Span> header = new ArrayList<>();
    private List<Span> body = new ArrayList<>();

    /** A line outside any section (report title, period...). */
    TestDoc line(String s) {
        append(s);
        return this;
    }

    TestDoc title(String s) {
        start = text.length();
        title = append(s);
        return this;
    }

    TestDoc header(String s) {
        header.add(append(s));
        return this;
    }

    /** A "Label: value" line; key is the canonical label key. */
    TestDoc label(String key, String label, String value) {
        int at = text.length() + label.length();
        append(label + value);
        labels.add(new Labeled(key, label, new Span(at, at + value.length())));
        return this;
    }

    TestDoc body(String s) {
        body.add(append(s));
        return this;
    }

    /** Closes the current section. */
    TestDoc end(SectionKind kind) {
        sections.add(new Section(sections.size(), new Span(start, text.length()), title, kind, labels, header, body));
        title = null;
        labels = new ArrayList<>();
        header = new ArrayList<>();
        body = new ArrayList<>();
        start = text.length();
        return this;
    }

    TestDoc end() {
        return end(SectionKind.HEADED);
    }

    List<Section> sections() {
        return sections;
    }

    String text() {
        return text.toString();
    }

    DocumentContext context(String language) {
        return context(language, ReportHeader.EMPTY);
    }

    DocumentContext context(String language, ReportHeader header) {
        return new DocumentContext(text.toString(), language, header, sections, null);
    }

    /** Where s first occurs in the text. */
    Span spanOf(String s) {
        int at = text.indexOf(s);
        return new Span(at, at + s.length());
    }

    private Span append(String s) {
        int at = text.length();
        text.append(s).append('\n');
        return new Span(at, at + s.length());
    }
}

package org.reportparse.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;

/**
 * Everything an annotator may know about the document around a section: the whole text, the
 * report header, all sections (neighbours give missing years and countries), the language and
 * the user's reference date. One instance per document; not shared between threads.
 */
public final class DocumentContext {
    private final String text;
    private final String language;
    private final ReportHeader header;
    private final List<Section> sections;
    private final LocalDate referenceDate;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Object> memo = new HashMap<>();

    public DocumentContext(String text, String language, ReportHeader header, List<Section> sections,
                           LocalDate referenceDate) {
        this.text = text;
        this.language = language;
        this.header = header == null ? ReportHeader.EMPTY : header;
        this.sections = List.copyOf(sections);
        this.referenceDate = referenceDate;
    }

    public String text() {
        return text;
    }

    /** ISO 639-1 code of the document's main language ("en", "es"). */
    public String language() {
        return language;
    }

    public ReportHeader header() {
        return header;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The --reference-date option, or null: context for dates without a year and relative dates. */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    public String textOf(Span span) {
        return span.of(text);
    }

    /** Adds a warning a person should read; duplicates are kept once. */
    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Per-document cache for document-wide facts an annotator computes once (countries named, acronyms...). */
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }
}

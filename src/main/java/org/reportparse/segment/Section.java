package org.reportparse.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.reportparse.annotate.Span;

/**
 * The part of a document that describes one activity.
 *
 * @param title       the activity's title (may be null when none was found)
 * @param labels      labelled values ("Place:", "Fecha:", table columns, form rows)
 * @param headerLines short unlabelled lines near the title, typically "City, Country, Month D-D, YYYY"
 *                    or a date header line; the strongest evidence for date and place
 * @param body        prose paragraphs/sentences of the section, in order
 * @param name        the activity's name where the title says more than that (a sentence of prose, "From 17 to 19
 *                    July, UNODC conducted a training course on ...", or a bare heading, "2. TRAINING"): what is
 *                    shown as its title, while the fields still read the title; null when the title is shown whole
 */
public record Section(int index, Span span, Span title, SectionKind kind, List<Labeled> labels,
                      List<Span> headerLines, List<Span> body, Span name) {

    public Section(int index, Span span, Span title, SectionKind kind, List<Labeled> labels, List<Span> headerLines,
                   List<Span> body) {
        this(index, span, title, kind, labels, headerLines, body, null);
    }

    /** The same section named (see name). */
    public Section named(Span name) {
        return new Section(index, span, title, kind, labels, headerLines, body, name);
    }

    /** The labels with this key, in order (a loop: every field asks for its labels in every section). */
    public List<Labeled> labels(String key) {
        List<Labeled> out = new ArrayList<>();
        for (Labeled l : labels) {
            if (l.key().equals(key)) {
                out.add(l);
            }
        }
        return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
    }

    public Optional<Labeled> label(String key) {
        return labels.stream().filter(l -> l.key().equals(key)).findFirst();
    }
}

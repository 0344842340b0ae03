package org.reportparse.annotate.org;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;
import org.reportparse.annotate.Span;

/**
 * An organization written in the text: where, as written, and the canonical name it stands for.
 *
 * @param source which finder produced it; on overlap the more trusted source wins
 */
record OrgMention(Span span, String text, String name, String acronym, Source source) {
    static final Comparator<OrgMention> BY_SPAN = Comparator.comparing(OrgMention::span);

    enum Source {
        REGISTRY, DEFINED, RULE,
        /** An all-capital word the registry and the document do not define. */
        UNKNOWN_ACRONYM,
        MODEL;

        /** Evidence too weak to count without a role cue. */
        boolean tentative() {
            return this == UNKNOWN_ACRONYM || this == MODEL;
        }
    }

    /** A name as written across a line break ("Cooperación\nSuiza") is output on one line. */
    OrgMention {
        if (name != null && name.indexOf('\n') >= 0) {
            name = LINE_BREAK.matcher(name).replaceAll(" ");
        }
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    // equals and hashCode written out (the same values a record generates): the generated ones are
    // linked through method handles at their first call, which spins ~25 classes in a one-document run.
    @Override
    public boolean equals(Object o) {
        return o instanceof OrgMention m && span.equals(m.span) && Objects.equals(text, m.text)
                && Objects.equals(name, m.name) && Objects.equals(acronym, m.acronym) && source == m.source;
    }

    @Override
    public int hashCode() {
        int h = span.hashCode();
        h = 31 * h + Objects.hashCode(text);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(acronym);
        return 31 * h + Objects.hashCode(source);
    }

    String key() {
        return Names.key(name);
    }
}

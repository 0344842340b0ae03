package org.reportparse.annotate.org;

import java.util.Comparator;
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

    String key() {
        return Names.key(name);
    }
}

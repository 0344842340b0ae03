package org.reportparse.annotate.org;

import org.reportparse.annotate.Span;

/**
 * An organization written in the text: where, as written, and the canonical name it stands for.
 *
 * @param source which finder produced it; on overlap the more trusted source wins
 */
record OrgMention(Span span, String text, String name, String acronym, Source source) {
    enum Source { REGISTRY, DEFINED, RULE, MODEL }

    String key() {
        return Names.key(name);
    }
}

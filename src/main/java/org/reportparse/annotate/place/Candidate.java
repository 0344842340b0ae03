package org.reportparse.annotate.place;

import java.util.List;
import org.reportparse.annotate.place.Gazetteer.Entry;

/** A place name found in a token list, under resolution; token indices are inclusive. */
final class Candidate {
    int first;
    int last;
    /** Last token of the name itself, before any qualifier was attached. */
    final int nameLast;
    List<Entry> entries;
    boolean qualified;
    boolean cued;
    boolean origin;
    /** A word for regions names it one ("the Osh region", "the provinces of Sindh and Punjab"). */
    boolean regionNamed;
    Entry chosen;

    Candidate(int first, int last, List<Entry> entries) {
        this.first = first;
        this.last = last;
        this.nameLast = last;
        this.entries = entries;
    }
}

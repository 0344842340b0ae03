package org.reportparse.annotate;

/**
 * A half-open range [start, end) of UTF-16 char offsets into the document's plain text.
 * The output stage converts these to code-point offsets, as the contract requires.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    // equals and hashCode written out (the same values a record generates): the generated ones are
    // linked through method handles at their first call, which spins ~25 classes in a one-document run.
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && s.start == start && s.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
